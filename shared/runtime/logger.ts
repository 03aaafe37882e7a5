/** One structured logger for the service. Logs carry ids, never post text or names. */
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';

export type Logger = Pick<PowertoolsLogger, 'info' | 'warn' | 'error' | 'debug'>;

export const createLogger = (serviceName = 'beacon'): PowertoolsLogger =>
  new PowertoolsLogger({ serviceName, logLevel: (process.env.POWERTOOLS_LOG_LEVEL as 'INFO') ?? 'INFO' });
