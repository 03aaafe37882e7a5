/**
 * What every Lambda handler is wrapped in (middy): the logger gets the invocation's context (request
 * id, cold start, function name) on every line, the tracer opens a segment per invocation and traces
 * the AWS clients, and an error is logged once with that context before Lambda sees it.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { createLogger } from './logger.ts';

export const functionLogger = createLogger();

let tracer: Promise<Tracer> | undefined;

/**
 * The container's X-Ray tracer, built on first use: loading the X-Ray SDK is a large share of an
 * import, and nothing is traced before the first invocation starts. Off outside Lambda (tests, the
 * local stack), as Powertools decides from the environment.
 */
export function functionTracer(): Promise<Tracer> {
  tracer ??= import('@aws-lambda-powertools/tracer').then(
    ({ Tracer }) => new Tracer({ serviceName: 'beacon' }),
  );
  return tracer;
}

/** Powertools' handler tracing, set up with the tracer when the first invocation starts. */
const traceHandler = (): middy.MiddlewareObj => {
  let capture: middy.MiddlewareObj | undefined;
  return {
    before: async (request) => {
      // Responses stay out of traces: they can echo what platforms sent.
      capture ??= captureLambdaHandler(await functionTracer(), { captureResponse: false });
      await capture.before?.(request);
    },
    after: async (request) => capture?.after?.(request),
    onError: async (request) => capture?.onError?.(request),
  };
};

/** Logs the failure with the invocation's context, then lets it fail as before (retry, DLQ, 500). */
const logErrors = (): middy.MiddlewareObj => ({
  onError: async (request) => {
    functionLogger.error('invocation failed', { error: request.error as Error });
  },
});

export function lambdaHandler<TEvent, TResult>(
  handler: (event: TEvent, context: Context) => Promise<TResult>,
) {
  return middy<TEvent, TResult>(handler, { timeoutEarlyInMillis: 0 })
    .use(injectLambdaContext(functionLogger, { resetKeys: true }))
    .use(traceHandler())
    .use(logErrors());
}
