/**
 * `npm run beacon -- <command> …`: one entry, one module per command, loaded on demand so a
 * command starts fast and a broken one cannot break the others.
 */
type CommandModule = { run(args: string[]): Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  rules: { summary: 'check, try and explain config/routing.yaml', load: () => import('./rules.ts') },
  eval: { summary: 'score the detector on labelled posts (JSONL)', load: () => import('./eval.ts') },
  explain: {
    summary: 'what happened to a stored mention (detection, route, alert, or why dropped)',
    load: () => import('./explain.ts'),
  },
  parse: {
    summary: 'print the mentions a platform payload yields (JSON lines)',
    load: () => import('./parse.ts'),
  },
  report: {
    summary: 'response report of a period: answered in window, late, missed, reply times (JSON or CSV)',
    load: () => import('./report.ts'),
  },
  dlq: { summary: 'list or redrive the dead-letter queues of a stage', load: () => import('./dlq.ts') },
  'slack-manifest': {
    summary: 'print the Slack app manifest with the deployed request URLs',
    load: () => import('./slack-manifest.ts'),
  },
};

const usage = (): string =>
  [
    'usage: npm run -s beacon -- <command> [options]',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(15)} ${c.summary}`),
  ].join('\n');

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest);
}

process.exitCode = await main(process.argv.slice(2));
