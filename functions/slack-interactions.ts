/**
 * HTTP API → POST /slack/interactions (buttons, modals) and POST /slack/commands (`/beacon`):
 * verify the Slack signature, act, answer within Slack's 3 seconds.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { fromApiGatewayEvent, toApiGatewayResult } from '../shared/http/api-gateway.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { RotatingTokenWebClient } from '../shared/runtime/slack-client.ts';
import { handleSlackCommand } from '../shared/usecases/handle-slack-command.ts';
import { handleSlackInteraction } from '../shared/usecases/handle-slack-interaction.ts';

export const slackInteractionsHandler =
  (runtime: () => Promise<Runtime>) =>
  async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const { interactions, commands } = await runtime();
    const request = fromApiGatewayEvent(event);
    const reply = request.path.endsWith('/commands')
      ? await handleSlackCommand(request, commands)
      : await handleSlackInteraction(request, interactions);
    return toApiGatewayResult(reply);
  };

// Only the functions that call Slack carry its SDK.
const withSlack = () => lambdaRuntime({ slackClient: RotatingTokenWebClient });

export const handler = lambdaHandler(slackInteractionsHandler(withSlack));
