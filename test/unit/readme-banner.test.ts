/** The README shows exactly what `npm start` prints. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startupBanner } from '../../shared/local/banner.ts';

describe('the README', () => {
  it('shows the startup banner that npm start prints', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /`npm start` prints:\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(shown).toBe(
      startupBanner({
        url: 'http://127.0.0.1:3000',
        localSlack: true,
        demoUrl: 'http://127.0.0.1:<port>',
        dataDir: '/path/to/beacon/.beacon',
      }),
    );
  });
});
