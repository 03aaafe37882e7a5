/**
 * The contract every platform adapter fulfils. Transport details (base64 bodies, header case,
 * API Gateway vs the local HTTP server) are removed before an adapter sees a request.
 */
import type { Mention, Platform } from '../domain/mention.ts';

/** An HTTP request as every webhook adapter sees it, whatever carried it. */
export interface InboundRequest {
  method: string;
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  /** The raw body bytes exactly as received: signatures are computed over these. */
  rawBody: Buffer;
}

export interface HttpReply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/**
 * A mention as a webhook or poll yields it. Beacon stamps `receivedAt` on arrival and uses it as
 * `createdAt` too when the platform gives no time.
 */
export type ParsedMention = Omit<Mention, 'receivedAt' | 'createdAt'> & {
  receivedAt?: string;
  createdAt?: string;
};

/** Secrets and settings an adapter reads; names are the environment variable names. */
export type SecretBag = Record<string, string | undefined>;

export class WebhookRejected extends Error {
  override readonly name = 'WebhookRejected';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface WebhookAdapter {
  platform: string;
  /** Platforms the mentions it yields belong to (Meta yields facebook and instagram). */
  yields: Platform[];
  /**
   * A handshake that answers without verifying a body (Meta hub.challenge GET, X CRC GET,
   * VK confirmation). Returns undefined when the request is not a handshake.
   */
  handshake?(req: InboundRequest, secrets: SecretBag, now: Date): HttpReply | undefined;
  /** Throws WebhookRejected(401, …) when the request is not authentic. */
  verify(req: InboundRequest, secrets: SecretBag, now: Date): void;
  /** Every mention in the body; events that are not posts are ignored. Throws WebhookRejected(400, …). */
  parse(body: unknown, req: InboundRequest): ParsedMention[];
  /** What to answer once accepted (VK wants "ok"); defaults to 202 {"accepted":N}. */
  ack?(accepted: number): HttpReply;
}
