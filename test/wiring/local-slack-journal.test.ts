/**
 * The local Slack keeps what it answered `ok` for, even when the process dies before any flush:
 * a second instance opened on the same file while the first is still alive sees what a restart
 * after a kill would see.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalSlack } from '../../shared/local/local-slack.ts';

const TOKEN = 'xoxb-local';

describe('the local Slack with a data file', () => {
  it('keeps posts, thread replies, updates and views answered ok without a flush', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'beacon-slack-')), 'slack.json');
    const slack = new LocalSlack(file);
    slack.ensureChannel('alerts');
    const card = slack.call('chat.postMessage', { channel: 'alerts', text: 'card' }, TOKEN).body;
    expect(card.ok).toBe(true);
    const ts = String(card.ts);
    expect(
      slack.call('chat.postMessage', { channel: 'alerts', text: 'reply', thread_ts: ts }, TOKEN).body.ok,
    ).toBe(true);
    expect(slack.call('chat.update', { channel: 'alerts', ts, text: 'card, claimed' }, TOKEN).body.ok).toBe(
      true,
    );
    const view = slack.call('views.open', { trigger_id: 't1', view: { type: 'modal' } }, TOKEN).body;
    expect(view.ok).toBe(true);

    const reopened = new LocalSlack(file);
    const [top] = reopened.messages('alerts');
    expect(top).toMatchObject({ ts, text: 'card, claimed', reply_count: 1 });
    expect(reopened.replies('alerts', ts).map((m) => m.text)).toEqual(['reply']);
    expect(reopened.views()).toHaveLength(1);
    // The ts counter goes on from where it was: a new post cannot reuse a ts.
    const next = reopened.call('chat.postMessage', { channel: 'alerts', text: 'next' }, TOKEN).body;
    expect(reopened.messages('alerts').filter((m) => m.ts === next.ts)).toHaveLength(1);
    expect(next.ts).not.toBe(ts);
  });

  it('folds its journal into the file on flush, and a restart after that sees the same', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'beacon-slack-')), 'slack.json');
    const slack = new LocalSlack(file);
    slack.call('chat.postMessage', { channel: 'alerts', text: 'one' }, TOKEN);
    slack.flush();
    slack.call('chat.postMessage', { channel: 'alerts', text: 'two' }, TOKEN);

    expect(new LocalSlack(file).messages('alerts').map((m) => m.text)).toEqual(['one', 'two']);
  });
});
