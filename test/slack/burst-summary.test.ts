/**
 * Burst summaries, against the local Slack with Slack's rate limits on: when more alerts reach a
 * channel than it may post one card at a time, priority alerts keep their own cards and the rest
 * are listed several to a message, each line with its own menu; every post stays visible once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalMessage } from '../../shared/local/local-slack.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { ACTIONS } from '../../shared/slack/actions.ts';
import { deliverSummary } from '../../shared/usecases/burst-summary.ts';
import { mentionBody, postGeneric, TestClock } from '../helpers/local-stack.ts';
import { channel, clickPayload, fresh, postSlack, startSlackStack, textOf } from './support.ts';

type Stats = { ratelimitedTotal: number };

const COMPLAINTS = [
  'Acme charged me twice this month. Terrible!',
  'My Acme order is two weeks late, awful service',
  'The Acme app crashes every time I open it, useless',
  'Acme support never answers, worst experience ever',
];

/** What a top-level message or reply makes visible: alert ids and follow-up mention keys. */
function listed(messages: LocalMessage[]) {
  const alerts: string[] = [];
  const followups: string[] = [];
  for (const m of messages) {
    const p = (m.metadata?.event_payload ?? {}) as Record<string, unknown>;
    if (typeof p.alert_id === 'string') alerts.push(p.alert_id);
    if (typeof p.mention_key === 'string') followups.push(p.mention_key);
    if (Array.isArray(p.alert_ids)) alerts.push(...p.alert_ids.map(String));
    if (Array.isArray(p.mention_keys)) followups.push(...p.mention_keys.map(String));
  }
  return { alerts, followups };
}

const everything = (stack: LocalStack, name: string) =>
  channel(stack, name).flatMap((m) => [m, ...m.replies.filter((r) => r.ts !== m.ts)]);

describe('burst summaries', () => {
  const clock = new TestClock(new Date('2026-03-02T10:00:00.000Z'));
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startSlackStack(clock, { slackLimits: true });
  });
  afterAll(() => stack.stop());

  const stats = async (): Promise<Stats> => (await (await fetch(`${stack.url}/slack/stats`)).json()) as Stats;

  let ids: string[] = [];
  let vip = '';

  it('lists what a channel cannot post one by one, priority alerts first in cards of their own', async () => {
    const run = fresh('burst');
    ids = Array.from({ length: 16 }, (_, i) => `${run}-${i}`);
    vip = `${run}-vip`;
    const posts = ids.map((id, i) => ({
      id,
      text: `${COMPLAINTS[i % COMPLAINTS.length]} (order ${i})`,
      author: { id: `u-${run}-${i}`, handle: `customer${i}` },
    }));
    // The press list makes this author a VIP: the rule pages someone, so the alert is a priority one.
    posts.splice(10, 0, {
      id: vip,
      text: 'Acme lost my parcel and nobody answers. Terrible!',
      author: { id: `u-${run}-press`, handle: 'janedoe_news' },
    });
    expect((await postGeneric(stack, mentionBody(posts))).status).toBe(202);
    await stack.drain();

    const messages = everything(stack, 's-complaints');
    const { alerts } = listed(messages);
    const expected = [...ids, vip].map((id) => alertIdFor('generic', id));
    // Every alert is visible exactly once: its own card or one line of a summary.
    expect([...alerts].sort()).toEqual([...expected].sort());
    const summaries = messages.filter((m) => m.metadata?.event_type === 'beacon_burst');
    expect(summaries.length).toBeGreaterThan(0);
    const lines = summaries.flatMap((s) => (s.metadata?.event_payload.alert_ids as string[]) ?? []);
    expect(lines.length).toBeGreaterThan(summaries.length);
    // The VIP's alert has its own card even though it came when the channel was already full.
    const vipCard = messages.find((m) => m.metadata?.event_payload?.alert_id === alertIdFor('generic', vip));
    expect(vipCard).toBeDefined();
    expect(lines).not.toContain(alertIdFor('generic', vip));
    // The summary says why, and every line has its own menu naming its alert.
    const first = summaries[0];
    expect(textOf(first)).toContain('more than #s-complaints can take one card at a time');
    const menus = (first?.blocks ?? []).flatMap((b) => {
      const accessory = (b as { accessory?: { action_id?: string; options?: Array<{ value: string }> } })
        .accessory;
      return accessory?.action_id === ACTIONS.line ? [accessory] : [];
    });
    expect(menus).toHaveLength(
      ((first?.metadata?.event_payload.alert_ids as string[] | undefined) ?? []).length,
    );
    expect(menus[0]?.options?.map((o) => o.value.split(':')[1])).toContain('claim');
    // Beacon kept to its budget: Slack refused nothing.
    expect((await stats()).ratelimitedTotal).toBe(0);
  }, 90_000);

  it('lists follow-ups that arrive in a burst in a summary too, each once', async () => {
    const listedBefore = new Set(ids.map((id) => alertIdFor('generic', id)));
    const follow = ids.slice(0, 10).map((id, i) => ({
      id: `${id}-f`,
      threadId: id,
      parentId: id,
      text: `still waiting for an answer from Acme (${i})`,
      author: { id: `u-${id}`, handle: `customer${i}` },
    }));
    expect(listedBefore.size).toBe(16);
    expect((await postGeneric(stack, mentionBody(follow))).status).toBe(202);
    await stack.drain();
    const { followups } = listed(everything(stack, 's-complaints'));
    expect([...followups].sort()).toEqual(follow.map((f) => `generic#${f.id}`).sort());
    expect((await stats()).ratelimitedTotal).toBe(0);
  }, 90_000);

  it('a claim from a summary line brings the alert its own card in the summary thread', async () => {
    const messages = channel(stack, 's-complaints');
    const summary = messages.find((m) => m.metadata?.event_type === 'beacon_burst');
    const alertId = (summary?.metadata?.event_payload.alert_ids as string[] | undefined)?.[0];
    if (!summary || !alertId) throw new Error('no summary line');
    const click = clickPayload(alertId, ACTIONS.line, { option: 'claim', select: true });
    const res = await postSlack(stack, '/slack/interactions', click, clock);
    expect(res.status).toBe(200);
    await stack.drain();
    const thread = channel(stack, 's-complaints').find((m) => m.ts === summary.ts)?.replies ?? [];
    const card = thread.find((m) => m.metadata?.event_payload?.alert_id === alertId);
    expect(card).toBeDefined();
    expect(textOf(card)).toContain('Claimed');
  }, 60_000);

  it('a summary whose post outcome was unknown is found on the retry, not posted twice', async () => {
    const slack = stack.slack;
    const burst = stack.runtime.slackDelivery.burst;
    if (!slack || !burst) throw new Error('no local Slack or no burst summaries');
    const id = fresh('uncertain');
    expect(
      (await postGeneric(stack, mentionBody({ id, text: 'Acme broke my order again. Terrible!' }))).status,
    ).toBe(202);
    await stack.drain();
    const alertId = alertIdFor('generic', id);
    const alert = await stack.runtime.slackDelivery.alerts.get(alertId);
    const root = await stack.runtime.slackDelivery.mentions.get('generic', id, id);
    if (!alert || !root) throw new Error('no alert');
    // Its post held as a line of another channel's next summary, as a full channel would hold it.
    await burst.bursts.add('#s-questions', [
      {
        kind: 'followup',
        alertId,
        mentionKey: alert.mentionKey,
        createdAt: root.mention.createdAt,
        platform: 'generic',
        threadId: id,
        mentionId: id,
        type: 'complaint',
        handle: 'customer1',
        excerpt: 'Acme broke my order again',
      },
    ]);
    // Slack posts the summary but the answer is lost.
    slack.injectFaults({ method: 'chat.postMessage', status: 500, afterEffect: true });
    await expect(deliverSummary('#s-questions', stack.runtime.slackDelivery, burst)).rejects.toThrow();
    await deliverSummary('#s-questions', stack.runtime.slackDelivery, burst);
    const summaries = channel(stack, 's-questions').filter((m) => m.metadata?.event_type === 'beacon_burst');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.metadata?.event_payload.mention_keys).toEqual([alert.mentionKey]);
    expect((await stack.runtime.slackDelivery.mentions.get('generic', id, id))?.slackTs).toBe(
      summaries[0]?.ts,
    );
    expect((await burst.bursts.oldest('#s-questions', 5)).lines).toHaveLength(0);
  }, 60_000);

  it('a line held right after a summary message found nothing to list still gets its summary', async () => {
    const burst = stack.runtime.slackDelivery.burst;
    const slack = stack.runtime.slackDelivery.slack;
    if (!burst || !slack.claimPost) throw new Error('no burst summaries or no write budget');
    const id = fresh('after-empty');
    const text = 'Acme, my invoice is wrong and nobody answers. Terrible!';
    const author = { id: `u-${id}`, handle: 'customer9' };
    expect((await postGeneric(stack, mentionBody({ id, text, author }))).status).toBe(202);
    await stack.drain();
    const alert = await stack.runtime.slackDelivery.alerts.get(alertIdFor('generic', id));
    if (!alert?.slackTs && !alert?.slackSummaryTs) throw new Error('the alert is not in Slack');
    const channelId = await slack.channelId(alert.channel);
    // A summary message queued for the channel finds nothing to list (its lines went out earlier).
    const { seq } = await burst.bursts.state(alert.channel);
    await burst.slackOut.send([{ kind: 'summary', channel: alert.channel, seq }]);
    await burst.bursts.saveState(alert.channel, { seq, flushQueued: true });
    await stack.drain();
    expect((await burst.bursts.state(alert.channel)).flushQueued).toBe(false);
    // The channel's posting budget is spent: the next follow-up is held as a line, whose summary
    // message must not be taken by SQS for the one just handled (same deduplication id).
    while (slack.claimPost(channelId)) {
      // spends what is left
    }
    const followup = { id: `${id}-f`, threadId: id, parentId: id, text: 'still no answer from Acme' };
    expect((await postGeneric(stack, mentionBody({ ...followup, author }))).status).toBe(202);
    await stack.drain();
    const { followups } = listed(everything(stack, alert.channel.replace(/^#/, '')));
    expect(followups).toContain(`generic#${followup.id}`);
    expect((await burst.bursts.oldest(alert.channel, 5)).lines).toHaveLength(0);
  }, 60_000);

  it('a priority alert keeps its card, but its follow-up in a full channel is listed like the rest', async () => {
    const burst = stack.runtime.slackDelivery.burst;
    const slack = stack.runtime.slackDelivery.slack;
    if (!burst || !slack.claimPost) throw new Error('no burst summaries or no write budget');
    const id = fresh('vip-followup');
    const author = { id: `u-${id}`, handle: 'janedoe_news' };
    const text = 'Acme lost my parcel again and nobody answers. Terrible!';
    expect((await postGeneric(stack, mentionBody({ id, text, author }))).status).toBe(202);
    await stack.drain();
    const alert = await stack.runtime.slackDelivery.alerts.get(alertIdFor('generic', id));
    if (!alert?.slackTs) throw new Error('the priority alert has no card of its own');
    const channelId = await slack.channelId(alert.channel);
    while (slack.claimPost(channelId)) {
      // spends what is left of the channel's posting budget
    }
    const followup = { id: `${id}-f`, threadId: id, parentId: id, text: 'still nothing from Acme', author };
    expect((await postGeneric(stack, mentionBody(followup))).status).toBe(202);
    await stack.drain();
    const messages = everything(stack, alert.channel.replace(/^#/, ''));
    const listedIn = messages.filter(
      (m) =>
        m.metadata?.event_type === 'beacon_burst' &&
        ((m.metadata.event_payload.mention_keys as string[] | undefined) ?? []).includes(
          `generic#${followup.id}`,
        ),
    );
    expect(listedIn).toHaveLength(1);
    const { followups } = listed(messages);
    expect(followups.filter((k) => k === `generic#${followup.id}`)).toHaveLength(1);
  }, 60_000);
});
