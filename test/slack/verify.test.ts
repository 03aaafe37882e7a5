import { describe, expect, it } from 'vitest';
import { SlackVerificationError, slackSignature, verifySlackRequest } from '../../shared/slack/verify.ts';

// Slack's documented example (reference/platforms.md §1.2).
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = 1531420618;
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const EXPECTED = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const at = (seconds: number) => new Date(seconds * 1000);

const request = (signature: string | undefined, timestamp: string | undefined = String(TIMESTAMP)) => ({
  headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
  rawBody: Buffer.from(BODY),
});

const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof SlackVerificationError ? error.code : `unexpected ${String(error)}`;
  }
};

describe('slackSignature', () => {
  it("reproduces Slack's documented test vector", () => {
    expect(slackSignature(SECRET, TIMESTAMP, BODY)).toBe(EXPECTED);
  });
});

describe('verifySlackRequest', () => {
  it.each([
    {
      case: 'the documented request, at its own time',
      req: request(EXPECTED),
      now: TIMESTAMP,
      code: undefined,
    },
    { case: 'the same request 299 s later', req: request(EXPECTED), now: TIMESTAMP + 299, code: undefined },
    { case: 'a request 301 s old', req: request(EXPECTED), now: TIMESTAMP + 301, code: 'stale_timestamp' },
    {
      case: 'a request from 301 s in the future',
      req: request(EXPECTED),
      now: TIMESTAMP - 301,
      code: 'stale_timestamp',
    },
    {
      case: 'a signature with one digit changed',
      req: request(`${EXPECTED.slice(0, -1)}a`),
      now: TIMESTAMP,
      code: 'bad_signature',
    },
    { case: 'a signature of another length', req: request('v0=abc'), now: TIMESTAMP, code: 'bad_signature' },
    { case: 'no signature header', req: request(undefined), now: TIMESTAMP, code: 'missing_signature' },
    {
      case: 'a timestamp that is not a number',
      req: request(EXPECTED, '15314x'),
      now: TIMESTAMP,
      code: 'missing_signature',
    },
  ])('$case → $code', ({ req, now, code }) => {
    expect(codeOf(() => verifySlackRequest(req, SECRET, at(now)))).toBe(code);
  });

  it('refuses everything when no signing secret is configured', () => {
    expect(codeOf(() => verifySlackRequest(request(EXPECTED), undefined, at(TIMESTAMP)))).toBe('no_secret');
  });

  it('checks the raw bytes: the same fields re-encoded do not verify', () => {
    const reencoded = { ...request(EXPECTED), rawBody: Buffer.from(BODY.replace('%2F', '/')) };
    expect(codeOf(() => verifySlackRequest(reencoded, SECRET, at(TIMESTAMP)))).toBe('bad_signature');
  });
});
