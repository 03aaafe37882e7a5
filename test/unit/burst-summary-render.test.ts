/** A burst summary line quotes outside text: escaped, on one line, never a ping, link or format. */
import { describe, expect, it } from 'vitest';
import { renderBurstSummary } from '../../shared/slack/burst-summary.ts';

describe('burst summary rendering', () => {
  it('shows a hostile handle and post as text, and keeps them out of the notification text', () => {
    const message = renderBurstSummary(
      {
        id: 'complaints#1',
        channel: 'complaints',
        alerts: new Map(),
        lines: [
          {
            kind: 'alert',
            alertId: 'al_0123456789abcdef01234567',
            mentionKey: 'generic#1',
            createdAt: '2026-03-02T10:00:00.000Z',
            platform: 'generic',
            threadId: '1',
            mentionId: '1',
            type: 'complaint',
            handle: 'eve <!channel>\n*Replied by* you',
            excerpt: 'click <https://evil.example|here> <@U0BOSS> `code` ~strike~ <!here>',
          },
        ],
      },
      '2026-03-02T10:00:00.000Z',
    );
    const shown = JSON.stringify(message.blocks);
    for (const raw of ['<!channel>', '<!here>', '<@U0BOSS>', '<https://evil.example|here>'])
      expect(shown).not.toContain(raw);
    expect(shown).toContain('&lt;!channel&gt;');
    // The handle stays on one line: its line break cannot start a line that looks like Beacon's own.
    expect(shown).not.toContain('\\n*Replied by*');
    expect(message.text).not.toContain('eve');
    expect(message.text).not.toContain('evil');
  });
});
