/** The local Slack keeps what a restart must keep, and names people as the routing config does. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryFromPeople, LocalSlack } from '../../shared/local/local-slack.ts';

const dir = mkdtempSync(join(tmpdir(), 'beacon-local-slack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the local Slack', () => {
  it('never shows a closed modal again after a restart', () => {
    const file = join(dir, 'slack.json');
    const before = new LocalSlack(file);
    const opened = before.call('views.open', { trigger_id: 't1', view: { type: 'modal' } }, 'xoxb');
    const id = (opened.body.view as { id: string }).id;
    expect(before.openView()?.id).toBe(id);
    expect(before.closeView(id)).toBe(true);
    before.flush();

    const after = new LocalSlack(file);
    expect(after.openView()).toBeUndefined();
    expect(after.views().map((v) => v.id)).toEqual([id]);
  });

  it('keeps messages, threads and deletions across a restart, found by channel and ts', () => {
    const file = join(dir, 'messages.json');
    const before = new LocalSlack(file);
    const post = (text: string, thread_ts?: string) =>
      before.call(
        'chat.postMessage',
        { channel: 'alerts', text, ...(thread_ts ? { thread_ts } : {}) },
        'xoxb',
      ).body.ts as string;
    const card = post('card');
    const gone = post('gone');
    post('reply 1', card);
    const second = post('reply 2', card);
    post('reply to gone', gone);
    expect(before.call('chat.delete', { channel: 'alerts', ts: second }, 'xoxb').body.ok).toBe(true);
    expect(before.call('chat.delete', { channel: 'alerts', ts: gone }, 'xoxb').body.ok).toBe(true);
    before.flush();

    const after = new LocalSlack(file);
    expect(after.messages('alerts').map((m) => [m.text, m.reply_count])).toEqual([['card', 1]]);
    expect(after.replies('alerts', card).map((m) => m.text)).toEqual(['reply 1']);
    expect(after.replies('alerts', gone)).toEqual([]);
    const update = after.call('chat.update', { channel: 'alerts', ts: card, text: 'card, updated' }, 'xoxb');
    expect(update.body.ok).toBe(true);
    expect(after.call('chat.update', { channel: 'alerts', ts: gone, text: 'x' }, 'xoxb').body.error).toBe(
      'message_not_found',
    );
    const thread = after.call('conversations.replies', { channel: 'alerts', ts: card }, 'xoxb').body;
    expect((thread.messages as Array<{ text: string }>).map((m) => m.text)).toEqual([
      'card, updated',
      'reply 1',
    ]);
  });

  it('names members and user groups from the routing config’s people', () => {
    const slack = new LocalSlack();
    slack.setDirectory(
      directoryFromPeople({
        here: ['<!here>'],
        support: ['<!subteam^S0SUPPORT>'],
        dana: ['<@U0DANA1234>'],
        'on-call': ['<@U0DANA1234>', '<!subteam^S0SUPPORT>'],
      }),
    );
    expect(slack.directory()).toMatchObject({
      users: { U0DANA1234: 'dana', U0LOCALYOU: 'you' },
      groups: { S0SUPPORT: 'support' },
    });
    const info = slack.call('users.info', { user: 'U0DANA1234' }, 'xoxb');
    expect(info.body).toMatchObject({ ok: true, user: { id: 'U0DANA1234', name: 'dana' } });
    const groups = slack.call('usergroups.list', {}, 'xoxb');
    expect(groups.body).toMatchObject({ usergroups: [{ id: 'S0SUPPORT', handle: 'support' }] });
  });
});
