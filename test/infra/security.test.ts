import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeaconApp } from '../../infra/lib/app.ts';
import { TABLE } from '../../shared/store/table-schema.ts';
import { actionsOf, beaconTemplates, roleStatements, statementsOn } from './support/beacon-templates.ts';

/** What each function may touch: the specification the roles are checked against. */
const ACCESS: Record<string, { table: boolean; sends: string[]; consumes?: string; secret: boolean }> = {
  webhook: { table: false, sends: ['MentionsQueue'], secret: true },
  detect: { table: true, sends: ['SlackOutQueue'], consumes: 'MentionsQueue', secret: false },
  notify: { table: true, sends: [], consumes: 'SlackOutQueue', secret: true },
  countdown: { table: true, sends: ['SlackOutQueue'], secret: false },
  'slack-interactions': { table: true, sends: ['SlackOutQueue', 'RepliesQueue'], secret: true },
  digest: { table: true, sends: ['SlackOutQueue'], secret: false },
  reply: { table: true, sends: ['SlackOutQueue'], consumes: 'RepliesQueue', secret: true },
  poll: { table: true, sends: ['MentionsQueue'], secret: true },
  report: { table: true, sends: [], secret: true },
};
const QUEUE_IDS = ['MentionsQueue', 'SlackOutQueue', 'RepliesQueue'];
const cases = Object.entries(ACCESS).map(([handler, access]) => ({ handler, ...access }));

describe('IAM least privilege', () => {
  let template: Template;
  beforeAll(() => {
    template = beaconTemplates('dev').stateless;
  });

  it.each(cases)('lets $handler send to $sends and to no other queue', ({ handler, sends }) => {
    const statements = roleStatements(template, handler);
    const sendsTo = QUEUE_IDS.filter((q) =>
      actionsOf(statementsOn(statements, q)).includes('sqs:SendMessage'),
    );
    expect(sendsTo).toEqual(sends);
  });

  it.each(cases)('lets $handler receive from $consumes only', ({ handler, consumes }) => {
    const statements = roleStatements(template, handler);
    const receivesFrom = QUEUE_IDS.filter((q) =>
      actionsOf(statementsOn(statements, q)).includes('sqs:ReceiveMessage'),
    );
    expect(receivesFrom).toEqual(consumes ? [consumes] : []);
    if (consumes) {
      expect(actionsOf(statementsOn(statements, consumes))).toEqual(
        expect.arrayContaining(['sqs:DeleteMessage', 'sqs:ChangeMessageVisibility']),
      );
    }
  });

  it.each(cases)('gives $handler table access: $table', ({ handler, table }) => {
    const statements = roleStatements(template, handler);
    expect(statementsOn(statements, 'BeaconTable')).toHaveLength(table ? 1 : 0);
    expect(actionsOf(statements).some((a) => a.startsWith('dynamodb:'))).toBe(table);
  });

  it.each(cases.filter((c) => c.table))(
    'limits $handler to item actions on the table and its three named indexes, never Scan',
    ({ handler }) => {
      const [onTable] = statementsOn(roleStatements(template, handler), 'BeaconTable');
      const resources = JSON.stringify(onTable!.Resource);
      const granted = [...new Set([...resources.matchAll(/\/index\/([^"/\\]+)/g)].map((m) => m[1]))].sort();
      expect(granted).toEqual(['gsi1', 'gsi2', 'gsi3']);
      expect(granted).toEqual(
        Object.values(TABLE.indexes)
          .map((index) => index.name)
          .sort(),
      );
      expect(actionsOf([onTable!])).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query']));
      expect(actionsOf([onTable!])).not.toContain('dynamodb:Scan');
    },
  );

  it.each(cases)('lets $handler read the secret: $secret', ({ handler, secret }) => {
    const onSecret = statementsOn(roleStatements(template, handler), 'Secrets');
    expect(actionsOf(onSecret).includes('secretsmanager:GetSecretValue')).toBe(secret);
    expect(actionsOf(onSecret)).not.toContain('secretsmanager:PutSecretValue');
  });

  it.each(cases)('grants $handler no wildcard action and Resource "*" only for X-Ray', ({ handler }) => {
    const statements = roleStatements(template, handler);
    expect(actionsOf(statements).filter((a) => a.includes('*'))).toEqual([]);
    const onEverything = statements.filter((s) => s.Resource === '*');
    expect(actionsOf(onEverything).every((a) => a.startsWith('xray:'))).toBe(true);
  });

  it('attaches no AWS managed policy to any role', () => {
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect((role as { Properties: object }).Properties).not.toHaveProperty('ManagedPolicyArns');
    }
  });

  it('specifies the access of every function in the stack', () => {
    const names = Object.values(template.findResources('AWS::Lambda::Function')).map(
      (r) => (r as { Properties: { FunctionName: string } }).Properties.FunctionName,
    );
    expect(names.sort()).toEqual(
      Object.keys(ACCESS)
        .map((h) => `dev-beacon-${h}`)
        .sort(),
    );
  });
});

describe('cdk-nag AwsSolutions', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'beacon-nag-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const build = (stage: string) =>
    createBeaconApp({
      outdir: join(outdir, stage),
      context: { 'aws:cdk:bundling-stacks': [], stage },
    });

  it.each(['dev', 'prod'])('passes for stage %s with every finding fixed or acknowledged', (stage) => {
    expect(() => build(stage).app.synth()).not.toThrow();
  });

  it('fails synthesis on an unacknowledged finding (the check is live)', () => {
    const { app, stateless } = build('nagged');
    new Queue(stateless, 'QueueWithoutDeadLetterQueue', { enforceSSL: true });
    expect(() => app.synth()).toThrow(/SQS queue is not used as a/);
  });
});
