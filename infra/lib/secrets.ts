/**
 * The keys of the stage's secret (a JSON object in Secrets Manager). Functions receive the secret's ARN in
 * BEACON_SECRETS_ARN and read these keys as if they were environment variables of the same name.
 * The generic webhook secret is generated at creation; the others are issued by Slack and the platforms
 * and start empty until an operator fills them (docs/deploy.md).
 */
export const GENERATED_SECRET_KEY = 'BEACON_GENERIC_SECRET';

export const OPERATOR_SECRET_KEYS = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'META_APP_SECRET',
  'META_VERIFY_TOKEN',
  'X_CONSUMER_SECRET',
  'X_BEARER_TOKEN',
  'VK_CONFIRMATION_CODE',
  'VK_SECRET',
  'VK_ACCESS_TOKEN',
] as const;

export const secretName = (stage: string): string => `beacon/${stage}/secrets`;
