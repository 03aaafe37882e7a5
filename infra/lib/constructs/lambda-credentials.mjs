/**
 * `@aws-sdk/credential-provider-node` as the function bundles see it (an esbuild alias, see
 * beacon-function.ts): the SDK clients' default credentials are the ones Lambda sets in the
 * environment. Local runs and tests use the real package.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init = {}) => fromEnv(init);
