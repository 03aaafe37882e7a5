/**
 * Any character a person can post gets through the whole local stack: the generic webhook answers
 * 202, the queues carry it (SQS refuses some characters raw), the store keeps it exactly, and the
 * card in the local Slack, read with the real Slack Web API client, shows it.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { mentionBody, postGeneric, slackReader, startTestStack, TestClock } from '../helpers/local-stack.ts';

const COMPLAINT = 'My Acme order is two weeks late and nobody answers. Terrible service!';

let clock: TestClock;
let stack: LocalStack;
beforeAll(async () => {
  clock = new TestClock();
  stack = await startTestStack(clock, { configPath: resolve('test/wiring/fixtures/routing.yaml') });
});
afterAll(() => stack.stop());

let n = 0;
const unique = () => `u-${Date.now()}-${++n}`;

async function complaintCards() {
  const slack = slackReader(stack);
  const id = (await slack.conversations.list({})).channels?.find((c) => c.name === 'w-complaints')?.id;
  if (!id) throw new Error('no channel w-complaints');
  return (await slack.conversations.history({ channel: id, include_all_metadata: true })).messages ?? [];
}

/** Every text a reader sees on an alert's card (blocks and attachment blocks), as Slack returns it. */
async function cardOf(threadId: string): Promise<string> {
  const alertId = alertIdFor('generic', threadId);
  const card = (await complaintCards()).find(
    (m) => (m.metadata?.event_payload as Record<string, unknown> | undefined)?.alert_id === alertId,
  );
  if (!card) throw new Error(`no card for ${alertId}`);
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'text' && typeof inner === 'string') texts.push(inner);
        else collect(inner);
      }
    }
  };
  collect([card.blocks, card.attachments]);
  return texts.join('\n');
}

const storedText = async (id: string) =>
  (await stack.runtime.pipeline.mentions.get('generic', id, id))?.mention;

describe('every character a person can post gets through the local stack', () => {
  it.each([
    ['emoji', `${COMPLAINT} 😡🔥📦 again 💩`],
    ['right-to-left text', `${COMPLAINT} הזמנה שלי מאחרת — طلبي متأخر جدا والخدمة سيئة`],
    ['ZWJ sequences and flags', `${COMPLAINT} 👩‍👩‍👧‍👦 🏳️‍🌈 👨🏽‍💻 🇧🇷`],
    ['characters beyond the BMP that are not emoji', `${COMPLAINT} 𝕬𝖈𝖒𝖊 𠜎𠜱 𓀀`],
    ['combining marks and variation selectors', `${COMPLAINT} Zoë ﬁ ❤︎ a\u0301`],
  ])('%s: 202, stored exactly, and the card shows the exact text', async (_what, text) => {
    const id = unique();
    const name = 'Zoë 🌸 Ahmed 👩🏽‍🔧';
    const body = mentionBody({ id, text, author: { id: 'u-emoji', handle: 'zoe_🌸', name } });
    const res = await postGeneric(stack, body);
    expect(res).toEqual({ status: 202, json: { accepted: 1 } });

    await stack.drain();

    expect(await storedText(id)).toMatchObject({ text, author: { name, handle: 'zoe_🌸' } });
    const card = await cardOf(id);
    expect(card).toContain(text);
    expect(card).toContain(name);
  });

  it('control characters, U+FFFE and U+FFFF: 202, stored exactly, shown in the card', async () => {
    const id = unique();
    const tail = 'bell\u0007 escape\u001b start\u0001 del\u007f nonchar\uFFFE\uFFFF end';
    const text = `${COMPLAINT} ${tail}`;
    const res = await postGeneric(stack, mentionBody({ id, text }));
    expect(res).toEqual({ status: 202, json: { accepted: 1 } });

    await stack.drain();

    expect((await storedText(id))?.text).toBe(text);
    expect(await cardOf(id)).toContain(text);
  });

  it('a lone surrogate: 202, stored exactly, and the card shows it', async () => {
    const id = unique();
    const text = `${COMPLAINT} half an emoji \uD83D here and \uDE00 there`;
    // JSON.stringify writes the lone surrogates as \uD83D escapes, which JSON allows.
    const body = mentionBody({ id, text });
    expect(body).toContain('\\ud83d');
    const res = await postGeneric(stack, body);
    expect(res).toEqual({ status: 202, json: { accepted: 1 } });

    await stack.drain();

    expect((await storedText(id))?.text).toBe(text);
    expect(await cardOf(id)).toContain(text);
  });
});

describe('a webhook request is accepted whole or not at all', () => {
  it('two mentions, the second with U+FFFF: both accepted, stored and alerted', async () => {
    const [first, second] = [unique(), unique()];
    const body = mentionBody([
      { id: first, text: COMPLAINT },
      { id: second, text: `${COMPLAINT} \uFFFF` },
    ]);
    const res = await postGeneric(stack, body);
    expect(res).toEqual({ status: 202, json: { accepted: 2 } });

    await stack.drain();

    expect((await storedText(first))?.text).toBe(COMPLAINT);
    expect((await storedText(second))?.text).toBe(`${COMPLAINT} \uFFFF`);
    expect(await cardOf(first)).toContain('two weeks late');
    expect(await cardOf(second)).toContain('\uFFFF');
  });
});
