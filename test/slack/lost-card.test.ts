/**
 * A card whose Slack message is gone (deleted, or lost by a Slack that crashed after answering ok)
 * is posted anew the next time Beacon writes to it, and the new ts replaces the old one.
 */
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../shared/local/stack.ts';
import { mentionBody, postGeneric, slackReader, TestClock } from '../helpers/local-stack.ts';
import { channel, fresh, postAndDeliver, startSlackStack } from './support.ts';

describe('a card whose Slack message is gone', () => {
  const clock = new TestClock();
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startSlackStack(clock);
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    clock.current = new Date('2026-03-02T10:00:00.000Z');
  });

  const cardsFor = (alertId: string) =>
    channel(stack, 's-complaints').filter((m) => m.metadata?.event_payload?.alert_id === alertId);
  const stored = (alertId: string) => stack.runtime.pipeline.alerts.get(alertId);
  const queued = async () => {
    const out = await stack.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: stack.queueUrls.slackOut,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return (
      Number(out.Attributes?.ApproximateNumberOfMessages) +
      Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible)
    );
  };
  /** Deletes the card from Slack as a person (or a crash of the local Slack) would. */
  async function deleteCard(alertId: string): Promise<string> {
    const [card] = cardsFor(alertId);
    if (!card) throw new Error('no card to delete');
    const channelId = (await stored(alertId))?.slackChannelId ?? '';
    await slackReader(stack).chat.delete({ channel: channelId, ts: card.ts });
    expect(cardsFor(alertId)).toHaveLength(0);
    return card.ts;
  }

  it('a refresh posts the card anew, once, and stores its new ts', async () => {
    const alertId = await postAndDeliver(stack, fresh('gone'), 'Acme charged me twice. Terrible!');
    const oldTs = await deleteCard(alertId);

    await stack.tick(clock.advance(30 * 60));
    await stack.drain();

    const cards = cardsFor(alertId);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.ts).not.toBe(oldTs);
    expect((await stored(alertId))?.slackTs).toBe(cards[0]?.ts);
    expect(JSON.stringify(cards[0]?.attachments)).toContain('#ecb22e');
    expect(await queued()).toBe(0);

    // Later refreshes update the new card in place.
    await stack.tick(clock.advance(18 * 60));
    await stack.drain();
    expect(cardsFor(alertId)).toHaveLength(1);
    expect(JSON.stringify(cardsFor(alertId)[0]?.attachments)).toContain('#e01e5a');
  });

  it('a follow-up posts the card anew and goes into its new thread', async () => {
    const id = fresh('gone-f');
    const alertId = await postAndDeliver(stack, id, 'Acme lost my parcel. Terrible!');
    await deleteCard(alertId);

    const res = await postGeneric(
      stack,
      mentionBody({ id: `${id}-2`, threadId: id, parentId: id, text: 'Still nothing, acme.' }),
    );
    expect(res.status).toBe(202);
    await stack.drain();

    const cards = cardsFor(alertId);
    expect(cards).toHaveLength(1);
    expect((await stored(alertId))?.slackTs).toBe(cards[0]?.ts);
    const followups = cards[0]?.replies.filter(
      (m) => m.metadata?.event_payload?.mention_key === `generic#${id}-2`,
    );
    expect(followups).toHaveLength(1);
    expect(await queued()).toBe(0);
  });

  it('an escalation notice posts the card anew and goes into its new thread, once', async () => {
    const alertId = await postAndDeliver(stack, fresh('gone-e'), 'Acme app crashed again. Awful!');
    await deleteCard(alertId);

    await stack.tick(clock.advance(30 * 60));
    await stack.drain();

    const cards = cardsFor(alertId);
    expect(cards).toHaveLength(1);
    const notices = cards[0]?.replies.filter((m) =>
      String(m.metadata?.event_payload?.notice_key ?? '').startsWith(`esc:${alertId}:`),
    );
    expect(notices).toHaveLength(1);
    expect(await queued()).toBe(0);
  });
});
