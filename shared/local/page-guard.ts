/**
 * Cross-site protection for the local Slack page. The page acts for its user (claims, replies,
 * commands), and any other web page open in the same browser can send it a POST: a form or a
 * `text/plain` fetch needs no preflight. So every state-changing local route checks that
 *  - the Host is this machine (a rebound DNS name would otherwise make an attacker same-origin),
 *  - the browser did not mark the request as coming from another site (Origin, Sec-Fetch-Site),
 * and the page's own routes also need the token generated at start and written into the page,
 * which another origin cannot read. Requests without Origin or Sec-Fetch-Site (the Slack SDK,
 * curl) are not from a browser page, so the header checks let them through.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { LocalRequest } from './http-server.ts';

/** The header the page sends its token in; a custom header also forces a CORS preflight. */
export const PAGE_TOKEN_HEADER = 'x-beacon-page-token';

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

export type GuardVerdict = { ok: true } | { ok: false; error: 'foreign_host' | 'cross_site' | 'page_token' };

export interface PageGuard {
  /** Random per start: a page loaded before a restart must be reloaded. */
  readonly token: string;
  /** For the page and its reads: only this machine's host names (links from elsewhere still open it). */
  localHost(req: LocalRequest): GuardVerdict;
  /** For any state-changing route that a browser could reach. */
  sameSite(req: LocalRequest): GuardVerdict;
  /** For the page's own routes: same site and the page's token. */
  fromPage(req: LocalRequest): GuardVerdict;
}

const header = (req: LocalRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
};

export function createPageGuard(token = randomBytes(24).toString('base64url')): PageGuard {
  const expected = Buffer.from(token);
  const localHost = (req: LocalRequest): GuardVerdict =>
    LOOPBACK_HOST.test(header(req, 'host') ?? '') ? { ok: true } : { ok: false, error: 'foreign_host' };
  const sameSite = (req: LocalRequest): GuardVerdict => {
    const host = header(req, 'host') ?? '';
    if (!localHost(req).ok) return { ok: false, error: 'foreign_host' };
    const site = header(req, 'sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      return { ok: false, error: 'cross_site' };
    const origin = header(req, 'origin');
    if (origin !== undefined && origin !== `http://${host}`) return { ok: false, error: 'cross_site' };
    return { ok: true };
  };
  return {
    token,
    localHost,
    sameSite,
    fromPage(req) {
      const verdict = sameSite(req);
      if (!verdict.ok) return verdict;
      const given = Buffer.from(header(req, PAGE_TOKEN_HEADER) ?? '');
      return given.length === expected.length && timingSafeEqual(given, expected)
        ? { ok: true }
        : { ok: false, error: 'page_token' };
    },
  };
}
