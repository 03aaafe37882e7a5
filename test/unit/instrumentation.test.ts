import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';

const context = (requestId: string) =>
  ({
    awsRequestId: requestId,
    functionName: 'dev-beacon-notify',
    functionVersion: '$LATEST',
    memoryLimitInMB: '512',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:dev-beacon-notify',
    getRemainingTimeInMillis: () => 10_000,
  }) as unknown as Context;

/** The wrapper and logger of a fresh container, with log lines captured (POWERTOOLS_DEV logs to console). */
async function freshContainer() {
  vi.resetModules();
  vi.stubEnv('POWERTOOLS_DEV', 'true');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
  // What Lambda sets in an on-demand execution environment; cold start is reported only there.
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  const lines: Array<Record<string, unknown>> = [];
  const capture = (line: unknown) => {
    lines.push(JSON.parse(String(line)) as Record<string, unknown>);
  };
  for (const level of ['log', 'info', 'warn', 'error'] as const)
    vi.spyOn(console, level).mockImplementation(capture);
  const module = await import('../../shared/runtime/instrumentation.ts');
  return { ...module, lines };
}

describe('lambdaHandler', () => {
  afterEach(() => {
    vi.doUnmock('@aws-lambda-powertools/tracer');
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('gives every log line the invocation’s request id and cold start', async () => {
    const { lambdaHandler, functionLogger, lines } = await freshContainer();
    const handler = lambdaHandler(async (event: { n: number }) => {
      functionLogger.info('handled', { n: event.n });
      return event.n;
    });
    expect(await handler({ n: 1 }, context('req-1'))).toBe(1);
    expect(await handler({ n: 2 }, context('req-2'))).toBe(2);
    const handled = lines.filter((l) => l.message === 'handled');
    expect(handled).toEqual([
      expect.objectContaining({
        n: 1,
        function_request_id: 'req-1',
        cold_start: true,
        function_name: 'dev-beacon-notify',
      }),
      expect.objectContaining({ n: 2, function_request_id: 'req-2', cold_start: false }),
    ]);
  });

  it('logs a failure once with its context, then lets Lambda see it', async () => {
    const { lambdaHandler, lines } = await freshContainer();
    const handler = lambdaHandler(async () => {
      throw new Error('table unavailable');
    });
    await expect(handler({}, context('req-9'))).rejects.toThrow('table unavailable');
    const failures = lines.filter((l) => l.message === 'invocation failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      level: 'ERROR',
      function_request_id: 'req-9',
      error: expect.objectContaining({ message: 'table unavailable' }),
    });
  });

  it('builds the X-Ray tracer when the first invocation starts, not at import, and once per container', async () => {
    // A stand-in for Powertools' Tracer (X-Ray has no daemon here): it counts what is built and called.
    const built: string[] = [];
    const coldStarts: number[] = [];
    vi.doMock('@aws-lambda-powertools/tracer', () => ({
      Tracer: class {
        constructor(options: { serviceName: string }) {
          built.push(options.serviceName);
        }
        isTracingEnabled = () => true;
        getSegment = () => undefined;
        annotateColdStart = () => coldStarts.push(built.length);
        addServiceNameAnnotation = () => {};
      },
    }));
    const { lambdaHandler } = await freshContainer();
    const handler = lambdaHandler(async (event: { n: number }) => event.n);
    expect(built).toEqual([]);

    expect(await handler({ n: 1 }, context('req-1'))).toBe(1);
    expect(await handler({ n: 2 }, context('req-2'))).toBe(2);

    expect(built).toEqual(['beacon']);
    // The handler is traced from the first invocation on.
    expect(coldStarts).toEqual([1, 1]);
  });
});
