/**
 * Verification of every request Slack sends (interactions, slash commands): HMAC-SHA256 of
 * `v0:<timestamp>:<raw body>` with the signing secret, a 5-minute window, constant-time compare.
 * A pure function of the request and the time, so it is tested with a pinned clock.
 */
import { hmacSha256, safeEqual } from '../platforms/signature.ts';

/** Slack's replay window: requests older (or newer) than this are refused. */
export const SLACK_MAX_SKEW_SECONDS = 5 * 60;

export type SlackVerificationCode = 'missing_signature' | 'stale_timestamp' | 'bad_signature' | 'no_secret';

export class SlackVerificationError extends Error {
  override readonly name = 'SlackVerificationError';
  constructor(
    readonly code: SlackVerificationCode,
    message: string,
  ) {
    super(message);
  }
}

export interface SlackRequest {
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  rawBody: Buffer | string;
}

/** `v0=<hex>` for a body sent at `timestamp` (seconds): what Slack puts in X-Slack-Signature. */
export const slackSignature = (
  secret: string,
  timestamp: number | string,
  rawBody: Buffer | string,
): string =>
  `v0=${hmacSha256(secret, Buffer.concat([Buffer.from(`v0:${timestamp}:`), Buffer.from(rawBody)]), 'hex')}`;

/** Headers of a correctly signed request, as Slack would send them. */
export const signedSlackHeaders = (secret: string, rawBody: string, now: Date): Record<string, string> => {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, rawBody),
  };
};

/** Throws SlackVerificationError unless the request is Slack's, signed within the window. */
export function verifySlackRequest(request: SlackRequest, secret: string | undefined, now: Date): void {
  if (!secret) throw new SlackVerificationError('no_secret', 'SLACK_SIGNING_SECRET is not set');
  const signature = request.headers['x-slack-signature'];
  const timestamp = request.headers['x-slack-request-timestamp'];
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) {
    throw new SlackVerificationError('missing_signature', 'X-Slack-Signature or timestamp missing');
  }
  const skew = Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp));
  if (skew > SLACK_MAX_SKEW_SECONDS) {
    throw new SlackVerificationError('stale_timestamp', `timestamp is ${skew} s away from now`);
  }
  if (!safeEqual(signature, slackSignature(secret, timestamp, request.rawBody))) {
    throw new SlackVerificationError('bad_signature', 'signature does not match');
  }
}
