import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** What differs between deployments of the same app, chosen with `-c stage=<name>`. */
export interface StageConfig {
  name: string;
  /** Production keeps its data when a stack or resource is deleted. */
  isProduction: boolean;
  removalPolicy: RemovalPolicy;
  logRetention: RetentionDays;
}

const STAGE_NAME = /^[a-z][a-z0-9-]{0,15}$/;

export function stageConfig(name: string): StageConfig {
  if (!STAGE_NAME.test(name)) {
    throw new Error(`stage must match ${STAGE_NAME} (lowercase, starts with a letter), got "${name}"`);
  }
  const isProduction = name === 'prod';
  return {
    name,
    isProduction,
    removalPolicy: isProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    logRetention: isProduction ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS,
  };
}

/** Every physical name carries the stage first, so stages can share one account. */
export const stageName = (stage: StageConfig, name: string): string => `${stage.name}-${name}`;
