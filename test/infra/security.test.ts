import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeaconApp } from '../../infra/lib/app.ts';
import { actionsOf, beaconTemplates, roleStatements, statementsOn } from './support/beacon-templates.ts';

const ALL_HANDLERS = ['webhook', 'detect', 'notify', 'countdown'];

describe('IAM least privilege', () => {
  let template: Template;
  beforeAll(() => {
    template = beaconTemplates('dev').stateless;
  });

  it('lets webhook send to mentions, and nothing more on queues or the table', () => {
    const statements = roleStatements(template, 'webhook');
    expect(actionsOf(statementsOn(statements, 'MentionsQueue'))).toContain('sqs:SendMessage');
    expect(actionsOf(statements)).not.toContain('sqs:ReceiveMessage');
    expect(statementsOn(statements, 'SlackOutQueue')).toEqual([]);
    expect(statementsOn(statements, 'BeaconTable')).toEqual([]);
    expect(actionsOf(statements).filter((a) => a.startsWith('dynamodb:'))).toEqual([]);
  });

  it.each([
    { handler: 'detect', consumes: 'MentionsQueue', sendsTo: 'SlackOutQueue' },
    { handler: 'notify', consumes: 'SlackOutQueue', sendsTo: undefined },
  ])('lets $handler receive and delete from the queue it consumes only', (c) => {
    const statements = roleStatements(template, c.handler);
    expect(actionsOf(statementsOn(statements, c.consumes))).toEqual(
      expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility']),
    );
    const sendOnly = c.sendsTo ? actionsOf(statementsOn(statements, c.sendsTo)) : [];
    expect(sendOnly).not.toContain('sqs:ReceiveMessage');
  });

  it.each(['detect', 'notify', 'countdown'])(
    'gives %s item access to the table and its two indexes, never Scan',
    (handler) => {
      const onTable = statementsOn(roleStatements(template, handler), 'BeaconTable');
      expect(onTable).toHaveLength(1);
      const resources = JSON.stringify(onTable[0]!.Resource);
      expect(resources).toContain('/index/gsi1');
      expect(resources).toContain('/index/gsi2');
      expect(resources).not.toContain('/index/*');
      expect(actionsOf(onTable)).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query']));
      expect(actionsOf(onTable)).not.toContain('dynamodb:Scan');
    },
  );

  it.each([
    { handler: 'webhook', reads: true },
    { handler: 'detect', reads: false },
    { handler: 'notify', reads: true },
    { handler: 'countdown', reads: false },
  ])('lets $handler read the secret: $reads', ({ handler, reads }) => {
    const onSecret = statementsOn(roleStatements(template, handler), 'Secrets');
    expect(actionsOf(onSecret).includes('secretsmanager:GetSecretValue')).toBe(reads);
    expect(actionsOf(onSecret)).not.toContain('secretsmanager:PutSecretValue');
  });

  it.each(ALL_HANDLERS)('grants %s no wildcard action and Resource "*" only for X-Ray', (handler) => {
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
