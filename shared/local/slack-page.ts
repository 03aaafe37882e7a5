/**
 * HTTP routes of the local Slack: the Web API under /slack/api/<method>, and a page at /slack that
 * shows channels and alerts as Slack would, live (server-sent events) with a running countdown.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { Route } from './http-server.ts';
import { sendJson } from './http-server.ts';
import type { LocalSlack } from './local-slack.ts';

const PAGE = new URL('./web/slack.html', import.meta.url);

function parseParams(contentType: string | undefined, body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8');
  if (contentType?.includes('application/json')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text).entries());
}

export function slackState(slack: LocalSlack) {
  return {
    channels: slack.channels().map((c) => ({
      ...c,
      messages: slack.messages(c.id).map((m) => ({ ...m, replies: slack.replies(c.id, m.ts) })),
    })),
  };
}

export function slackPageRoutes(slack: LocalSlack): Route[] {
  return [
    {
      method: 'POST',
      path: '/slack/api/:method',
      handle: (req, res) => {
        const auth = req.headers.authorization;
        const params = parseParams(req.headers['content-type'], req.body);
        const token = auth?.startsWith('Bearer ')
          ? auth.slice(7)
          : typeof params.token === 'string'
            ? params.token
            : undefined;
        const result = slack.call(req.params.method ?? '', params, token);
        sendJson(res, result.status, result.body, result.headers);
      },
    },
    {
      method: 'GET',
      path: '/slack',
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(readFileSync(PAGE));
      },
    },
    { method: 'GET', path: '/slack/state', handle: (_req, res) => sendJson(res, 200, slackState(slack)) },
    {
      method: 'GET',
      path: '/slack/events',
      handle: (req, res: ServerResponse) => {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        const push = () => res.write(`data: ${JSON.stringify(slackState(slack))}\n\n`);
        push();
        slack.on('change', push);
        req.raw.on('close', () => slack.off('change', push));
      },
    },
  ];
}
