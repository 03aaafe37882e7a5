/** The bench command line: `--json` and bench options are never read as file filters. */
import { describe, expect, it } from 'vitest';
import { numberOption, parseBenchArgs } from '../../bench/args.ts';

describe('npm run bench arguments', () => {
  it('reads --json as the JSON switch, not as a filter', () => {
    expect(parseBenchArgs(['--json'])).toEqual({ filters: [], json: true, options: {} });
  });

  it('keeps the word after --json a filter, and hands --name value options to the benches', () => {
    const args = parseBenchArgs(['--json', 'burst', '--mentions', '10000', '--channels=20', 'chaos']);
    expect(args).toEqual({
      filters: ['burst', 'chaos'],
      json: true,
      options: { mentions: '10000', channels: '20' },
    });
    expect(numberOption(args, 'mentions', 1)).toBe(10_000);
    expect(numberOption(args, 'threads', 3000)).toBe(3000);
  });

  it('refuses a numeric option that is not a number', () => {
    expect(() => numberOption(parseBenchArgs(['--open', 'many']), 'open', 1)).toThrow(
      '--open must be a number, not "many"',
    );
  });
});
