/** Every webhook adapter by the route segment it serves: POST /webhooks/<name>. */
import { genericAdapter } from './generic/adapter.ts';
import { metaAdapter } from './meta/adapter.ts';
import type { WebhookAdapter } from './types.ts';
import { vkAdapter } from './vk/adapter.ts';
import { xAdapter } from './x/adapter.ts';

export const WEBHOOK_ADAPTERS: Readonly<Record<string, WebhookAdapter>> = {
  generic: genericAdapter,
  meta: metaAdapter,
  x: xAdapter,
  vk: vkAdapter,
};
