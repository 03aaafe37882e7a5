/** The WebhookRejected a call throws; fails the test when it throws nothing or something else. */
import { WebhookRejected } from '../../shared/platforms/types.ts';

export function rejection(fn: () => unknown): WebhookRejected {
  try {
    fn();
  } catch (error) {
    if (error instanceof WebhookRejected) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}
