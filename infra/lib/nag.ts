import { Validations } from 'aws-cdk-lib';
import type { StatefulStack } from './stateful-stack.ts';
import type { StatelessStack } from './stateless-stack.ts';

/**
 * cdk-nag AwsSolutions findings that are deliberate, each with the reason it is. Everything else is fixed
 * in the constructs; the one function-level finding (X-Ray) is acknowledged in BeaconFunction itself.
 */
export function acknowledgeNagFindings(stateful: StatefulStack, stateless: StatelessStack): void {
  Validations.of(stateful.data.secret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'The secret holds credentials issued by Slack and the platforms (bot token, signing and app secrets); they ' +
      'are rotated in those consoles and stored with put-secret-value, so no rotation Lambda can rotate them.',
  });
  Validations.of(stateless.api).acknowledge({
    id: 'AwsSolutions-APIG4',
    reason:
      'Callers are platforms and Slack, which authenticate each request by a signature over the raw body ' +
      '(HMAC with a shared secret) or a verification token; the function verifies it before any work and ' +
      'answers 401 otherwise. An API Gateway authorizer cannot see the body, so it cannot do this check.',
  });
}
