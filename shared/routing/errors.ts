/** Errors in a routing file, each pinned to a line and column so a manager can fix it at once. */

export interface ConfigIssue {
  file: string;
  /** 1-based; 0 when the issue is about the file as a whole. */
  line: number;
  /** 1-based. */
  column: number;
  /** Field path such as `rules[2].when.type`; '' for the whole file. */
  path: string;
  message: string;
  /** The closest valid spelling, for a misspelt key or name. */
  suggestion?: string;
}

export type PathSegment = string | number;

export const formatPath = (path: readonly PathSegment[]): string =>
  path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    '',
  );

export const formatIssue = (issue: ConfigIssue): string => {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const field = issue.path ? ` ${issue.path}:` : '';
  const hint = issue.suggestion !== undefined ? ` (did you mean \`${issue.suggestion}\`?)` : '';
  return `${where}:${field} ${issue.message}${hint}`;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    const sorted = [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
    super(ConfigError.describe(sorted));
    this.issues = sorted;
  }

  /** Every issue on its own line, in file order, ready to print. */
  format(): string {
    return ConfigError.describe(this.issues);
  }

  private static describe(issues: ConfigIssue[]): string {
    const count = issues.length === 1 ? '1 error' : `${issues.length} errors`;
    return [`routing config is invalid (${count}):`, ...issues.map((i) => `  ${formatIssue(i)}`)].join('\n');
  }
}
