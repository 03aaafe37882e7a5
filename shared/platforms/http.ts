/**
 * Calls to platform APIs: JSON in and out, rate limits turned into a time to wait, failures into
 * typed errors. Every adapter goes through here so a 429 means the same thing everywhere.
 */

export type Fetch = typeof fetch;

/** The platform asked us to wait (HTTP 429, or a quota error) until `until`. */
export class RateLimited extends Error {
  override readonly name = 'RateLimited';
  constructor(
    readonly platform: string,
    readonly until: Date,
    message: string,
  ) {
    super(message);
  }
}

/** A non-2xx answer that is not a rate limit. `code` is the platform's own error code when it gives one. */
export class PlatformHttpError extends Error {
  override readonly name = 'PlatformHttpError';
  constructor(
    readonly platform: string,
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  /** Worth trying again later: the platform or the network failed, not the request. */
  get transient(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

/** How a platform reports its remaining budget in response headers. */
export interface RateLimitHeaders {
  remaining: string;
  reset: string;
  /** What the reset header holds: a unix time, seconds from now, or an ISO date. */
  resetIs: 'epoch-seconds' | 'delta-seconds' | 'iso' | 'epoch-or-delta';
}

export interface JsonRequest {
  platform: string;
  url: string | URL;
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  /** A JSON body (sent as application/json) or form fields (sent urlencoded). */
  json?: unknown;
  form?: Record<string, string>;
  rateLimit?: RateLimitHeaders;
  /** Maps an error body to the platform's code; the default reads common shapes. */
  errorCode?: (body: unknown, status: number) => string | undefined;
  /** Some platforms signal a spent quota with another status (YouTube 403 quotaExceeded). */
  isRateLimit?: (status: number, code: string | undefined) => boolean;
}

export interface JsonResponse<T> {
  body: T;
  headers: Headers;
  /** Set when the headers say the budget is spent: make no further call before this time. */
  exhaustedUntil?: Date;
}

const DEFAULT_WAIT_MS = 60_000;

/** Reads `Retry-After` (seconds or an HTTP date). */
export function retryAfter(headers: Headers, now: Date): Date | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return new Date(now.getTime() + Math.max(0, seconds) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : new Date(at);
}

/** Reads a reset header in the platform's format. */
export function resetTime(
  value: string | null,
  style: RateLimitHeaders['resetIs'],
  now: Date,
): Date | undefined {
  if (!value) return undefined;
  if (style === 'iso') {
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : new Date(at);
  }
  const n = Number(value);
  if (!Number.isFinite(n)) return undefined;
  // A unix time is far larger than any window length; the IETF draft allows either.
  const epoch = style === 'epoch-seconds' || (style === 'epoch-or-delta' && n > 1_000_000_000);
  return epoch ? new Date(n * 1000) : new Date(now.getTime() + n * 1000);
}

const defaultErrorCode = (body: unknown): string | undefined => {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const error = b.error;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const e = error as Record<string, unknown>;
    if (typeof e.code === 'string' || typeof e.code === 'number') return String(e.code);
    if (typeof e.type === 'string') return e.type;
  }
  if (typeof b.title === 'string') return b.title;
  return undefined;
};

/**
 * Sends one request and returns its JSON body. Throws RateLimited on 429 (or a platform's quota
 * error) with the time to wait, PlatformHttpError on any other failure, including the network.
 */
export async function requestJson<T>(fetchFn: Fetch, now: Date, req: JsonRequest): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  let body: string | undefined;
  if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.json);
  } else if (req.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(req.form).toString();
  }
  let res: Response;
  try {
    res = await fetchFn(req.url, { method: req.method ?? (body ? 'POST' : 'GET'), headers, body });
  } catch (error) {
    throw new PlatformHttpError(
      req.platform,
      0,
      'network',
      `${req.platform}: request failed (${String(error)})`,
    );
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const limitReset = req.rateLimit
    ? resetTime(res.headers.get(req.rateLimit.reset), req.rateLimit.resetIs, now)
    : undefined;
  if (!res.ok) {
    const code = (req.errorCode ?? defaultErrorCode)(parsed, res.status);
    if (res.status === 429 || req.isRateLimit?.(res.status, code)) {
      const until = retryAfter(res.headers, now) ?? limitReset ?? new Date(now.getTime() + DEFAULT_WAIT_MS);
      throw new RateLimited(
        req.platform,
        until,
        `${req.platform}: rate limited until ${until.toISOString()}`,
      );
    }
    throw new PlatformHttpError(
      req.platform,
      res.status,
      code ?? `http_${res.status}`,
      `${req.platform}: HTTP ${res.status}${code ? ` ${code}` : ''}`,
    );
  }
  if (text && parsed === undefined) {
    throw new PlatformHttpError(
      req.platform,
      res.status,
      'not_json',
      `${req.platform}: the answer is not JSON`,
    );
  }
  const remaining = req.rateLimit
    ? Number(res.headers.get(req.rateLimit.remaining) ?? Number.NaN)
    : Number.NaN;
  const exhausted = Number.isFinite(remaining) && remaining < 1 && limitReset && limitReset > now;
  return { body: parsed as T, headers: res.headers, ...(exhausted ? { exhaustedUntil: limitReset } : {}) };
}
