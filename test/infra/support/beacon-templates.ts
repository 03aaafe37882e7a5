import { Template } from 'aws-cdk-lib/assertions';
import { type BeaconAppOptions, createBeaconApp } from '../../../infra/lib/app.ts';

export interface BeaconTemplates {
  stateful: Template;
  stateless: Template;
}

/** Build the app for a stage with bundling skipped (fast, no esbuild) and return both templates. */
export function beaconTemplates(stage = 'dev', options: Partial<BeaconAppOptions> = {}): BeaconTemplates {
  const { stateful, stateless } = createBeaconApp({
    ...options,
    context: { 'aws:cdk:bundling-stacks': [], stage, ...options.context },
  });
  return { stateful: Template.fromStack(stateful), stateless: Template.fromStack(stateless) };
}

type Resource = { Type: string; Properties: Record<string, unknown> };
export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** Logical id of the Lambda function whose FunctionName is `<stage>-beacon-<handler>`. */
export function functionLogicalId(template: Template, handler: string, stage = 'dev'): string {
  const found = Object.entries(template.findResources('AWS::Lambda::Function')).filter(
    ([, r]) => (r as Resource).Properties.FunctionName === `${stage}-beacon-${handler}`,
  );
  if (found.length !== 1) throw new Error(`expected one function for ${handler}, found ${found.length}`);
  return found[0]![0];
}

/** Every IAM statement attached to the execution role of a handler's function. */
export function roleStatements(template: Template, handler: string): Statement[] {
  const fn = template.findResources('AWS::Lambda::Function')[
    functionLogicalId(template, handler)
  ] as Resource;
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .map((p) => (p as Resource).Properties)
    .filter((p) => (p.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap((p) => (p.PolicyDocument as { Statement: Statement[] }).Statement);
}

export const actionsOf = (statements: Statement[]): string[] =>
  statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

/** The statements whose resource mentions a logical id or export of the given construct path fragment. */
export const statementsOn = (statements: Statement[], fragment: string): Statement[] =>
  statements.filter((s) => JSON.stringify(s.Resource).includes(fragment));
