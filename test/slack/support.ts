/** Helpers for the Slack specs: a local stack on the Slack fixture config, and correctly signed Slack requests. */
import { resolve } from 'node:path';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalStack, LocalStackOptions } from '../../shared/local/stack.ts';
import { signedSlackHeaders } from '../../shared/slack/verify.ts';
import { mentionBody, postGeneric, startTestStack, type TestClock } from '../helpers/local-stack.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const CONFIG = resolve('test/slack/fixtures/routing.yaml');

export const startSlackStack = (clock: TestClock, overrides: Partial<LocalStackOptions> = {}) =>
  startTestStack(clock, {
    configPath: CONFIG,
    env: { BEACON_GENERIC_SECRET: 'test-generic-secret', SLACK_SIGNING_SECRET: SIGNING_SECRET },
    ...overrides,
  });

let n = 0;
/** A fresh post id per use, so specs never share threads. */
export const fresh = (prefix: string) => `${prefix}-${++n}-${Date.now()}`;

/** Posts a customer message through the generic webhook and runs the queues; returns its alert id. */
export async function postAndDeliver(
  stack: LocalStack,
  id: string,
  text: string,
  extra: Record<string, unknown> = {},
) {
  const res = await postGeneric(stack, mentionBody({ id, text, ...extra }));
  if (res.status !== 202) throw new Error(`webhook answered ${res.status}`);
  await stack.drain();
  return alertIdFor('generic', (extra.threadId as string | undefined) ?? id);
}

export interface SignedOptions {
  secret?: string;
  at?: Date;
  signature?: string;
}

/** POSTs a form body to a Slack endpoint of the stack, signed as Slack signs it unless told otherwise. */
export async function postSlack(
  stack: LocalStack,
  path: '/slack/interactions' | '/slack/commands',
  form: Record<string, string>,
  clock: TestClock,
  options: SignedOptions = {},
) {
  const body = new URLSearchParams(form).toString();
  const headers = signedSlackHeaders(options.secret ?? SIGNING_SECRET, body, options.at ?? clock.now());
  if (options.signature) headers['x-slack-signature'] = options.signature;
  const res = await fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
    body,
    headers,
  };
}

/** The block_actions payload Slack sends when `user` clicks `actionId` on a card. */
export function clickPayload(
  alertId: string,
  actionId: string,
  options: { user?: string; option?: string; select?: boolean; channel?: string } = {},
) {
  const value = options.option ? `${alertId}:${options.option}` : alertId;
  return {
    payload: JSON.stringify({
      type: 'block_actions',
      trigger_id: `trigger-${fresh('t')}`,
      user: { id: options.user ?? 'U0ALICE', username: 'alice' },
      container: { type: 'message', channel_id: options.channel ?? 'C00000001', message_ts: '1.000001' },
      actions: [
        options.select
          ? { type: 'static_select', action_id: actionId, selected_option: { value } }
          : { type: 'button', action_id: actionId, value },
      ],
    }),
  };
}

/** All top-level messages and thread replies of a channel in the local Slack. */
export function channel(stack: LocalStack, name: string) {
  const slack = stack.slack;
  if (!slack) throw new Error('no local Slack');
  const c = slack.channels().find((x) => x.name === name);
  return c ? slack.messages(c.id).map((m) => ({ ...m, replies: slack.replies(c.id, m.ts) })) : [];
}

export const cardOf = (stack: LocalStack, channelName: string, alertId: string) =>
  channel(stack, channelName).find((m) => m.metadata?.event_payload?.alert_id === alertId);

/** Everything a person reads on a message, as one string. */
export const textOf = (m: unknown): string => JSON.stringify(m ?? null);
