/** Why a Slack delivery did not happen yet: each is tried again, none counts as a failure. */
export class NotReadyYet extends Error {
  override readonly name: string = 'NotReadyYet';
}

/**
 * A refresh of a version the store does not hold yet: the countdown queues before it saves, so its
 * save is a moment away (or, if that tick died, the next tick makes it).
 */
export class NotSavedYet extends NotReadyYet {
  override readonly name = 'NotSavedYet';
}

/**
 * Not now, by Beacon's own budget: the message is to be carried out `waitMs` later. Notify sends it
 * again at the back of its channel's queue rather than holding the channel (functions/notify.ts).
 */
export class HeldUntil extends Error {
  override readonly name = 'HeldUntil';
  constructor(readonly waitMs: number) {
    super(`held for ${waitMs} ms`);
  }
}
