/** Every webhook adapter by the route segment it serves: POST /webhooks/<name>. */
import { genericAdapter } from './generic/adapter.ts';
import type { WebhookAdapter } from './types.ts';

export const WEBHOOK_ADAPTERS: Readonly<Record<string, WebhookAdapter>> = {
  generic: genericAdapter,
};
