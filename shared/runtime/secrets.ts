/**
 * The stage's secret, read from Secrets Manager and kept for a while. A failed read is never kept:
 * the next caller tries again, so a throttled or slow first read cannot break a container for good.
 */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecretBag } from '../platforms/types.ts';

/** The secret's raw JSON text; `undefined` while the operator has not stored a value yet. */
export type ReadSecret = () => Promise<string | undefined>;

export interface SecretCache {
  /** The cached values, re-read once they are older than the TTL. */
  get(): Promise<SecretBag>;
  /** Re-read now (a credential was refused, so it may have been rotated). */
  refresh(): Promise<SecretBag>;
}

/** Secrets are re-read at most this often, so a rotated value is picked up without a deploy. */
export const SECRET_TTL_MS = 5 * 60 * 1000;

/** Only non-empty strings count: an empty key is an unset key. */
export function parseSecretBag(text: string | undefined): SecretBag {
  if (!text) return {};
  const parsed = JSON.parse(text) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('the secret must hold a JSON object of string values');
  }
  const bag: SecretBag = {};
  for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string' && v !== '') bag[k] = v;
  return bag;
}

export function cachedSecrets(
  read: ReadSecret,
  options: { ttlMs?: number; now?: () => number } = {},
): SecretCache {
  const ttlMs = options.ttlMs ?? SECRET_TTL_MS;
  const now = options.now ?? Date.now;
  let cache: { at: number; bag: SecretBag } | undefined;
  // Concurrent callers share one read instead of each calling Secrets Manager.
  let pending: Promise<SecretBag> | undefined;
  const load = (): Promise<SecretBag> => {
    pending ??= read()
      .then((text) => {
        const bag = parseSecretBag(text);
        cache = { at: now(), bag };
        return bag;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  return {
    get: () => (cache && now() - cache.at < ttlMs ? Promise.resolve(cache.bag) : load()),
    refresh: load,
  };
}

/** Reads the secret by ARN. A secret created without a value answers ResourceNotFound until it is filled. */
export function secretsManagerReader(client: SecretsManagerClient, secretId: string): ReadSecret {
  return async () => {
    try {
      const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      return out.SecretString;
    } catch (error) {
      if ((error as { name?: string }).name === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  };
}
