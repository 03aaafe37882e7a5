/**
 * HTTP routes of the local Slack: the Web API under /slack/api/<method>, and a page at /slack that
 * shows channels and alerts as Slack would, live (server-sent events) with a running countdown.
 *
 * The page's buttons, modals and `/beacon` box post to /slack/local/*, which plays Slack's part:
 * it builds the payload Slack would send, signs it with the signing secret and POSTs it to the same
 * /slack/interactions or /slack/commands endpoint that Slack calls when deployed.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { transformSync } from 'esbuild';
import { z } from 'zod';
import { signedSlackHeaders } from '../slack/verify.ts';
import type { SlackMessage } from '../usecases/ports.ts';
import type { LocalRequest, Route } from './http-server.ts';
import { sendJson } from './http-server.ts';
import { FILE_PATH, FILE_UPLOAD_PATH, type LocalSlack } from './local-slack.ts';
import type { GuardVerdict, PageGuard } from './page-guard.ts';

/** The person using the local page, as Slack would name them in payloads. */
export const LOCAL_USER = { id: 'U0LOCALYOU', username: 'you' } as const;

const PAGE = new URL('./web/slack.html', import.meta.url);
const RENDER = new URL('./web/render.ts', import.meta.url);

/** The page's mrkdwn module, compiled from TypeScript once per process. */
let renderJs: string | undefined;
const renderModule = () => {
  renderJs ??= transformSync(readFileSync(RENDER, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
  }).code;
  return renderJs;
};

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
  const directory = slack.directory();
  return {
    user: LOCAL_USER,
    directory: {
      ...directory,
      channels: Object.fromEntries(slack.channels().map((c) => [c.id, c.name])),
    },
    channels: slack.channels().map((c) => ({
      ...c,
      messages: slack.messages(c.id).map((m) => ({ ...m, replies: slack.replies(c.id, m.ts) })),
      ephemeral: slack.ephemeral().filter((e) => e.channel === c.id),
    })),
    // The latest modal opened for the page's user; the page shows it until it is sent or closed.
    view: slack.openView() ?? null,
  };
}

export interface LocalInteractionOptions {
  /** Base URL of the local stack (where /slack/interactions and /slack/commands live). */
  url: string;
  secrets: () => Promise<Record<string, string | undefined>>;
  clock: () => Date;
  /** Refuses requests that did not come from the page itself. */
  guard: PageGuard;
  /** Every digest still collecting, rendered as it would be posted when its period closes. */
  previewDigests: () => Promise<Array<{ channel: string; message: SlackMessage }>>;
}

/** Wraps a state-changing route so it answers 403 and does nothing when `check` refuses. */
const guarded =
  (check: (req: LocalRequest) => GuardVerdict, handle: Route['handle']): Route['handle'] =>
  (req, res) => {
    const verdict = check(req);
    if (!verdict.ok) return sendJson(res, 403, { ok: false, error: verdict.error });
    return handle(req, res);
  };

const actionBody = z.object({
  channel: z.string(),
  ts: z.string(),
  blockId: z.string().optional(),
  actionId: z.string(),
  value: z.string(),
  kind: z.enum(['button', 'select']).default('button'),
});
const viewBody = z.object({
  viewId: z.string(),
  values: z.record(z.string(), z.record(z.string(), z.string())),
});
const commandBody = z.object({ channel: z.string(), text: z.string().default('') });
const closeBody = z.object({ viewId: z.string() });
const responseAction = z.object({ response_action: z.string().optional() });

async function signedPost(options: LocalInteractionOptions, path: string, body: string) {
  const secret = (await options.secrets()).SLACK_SIGNING_SECRET ?? '';
  const res = await fetch(`${options.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...signedSlackHeaders(secret, body, options.clock()),
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

const readJson = <T>(schema: z.ZodType<T>, body: Buffer): T | undefined => {
  try {
    const parsed = schema.safeParse(JSON.parse(body.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

/** The routes through which the page acts as Slack does: signed requests to Beacon's own endpoints. */
export function localInteractionRoutes(slack: LocalSlack, options: LocalInteractionOptions): Route[] {
  const forward = async (res: ServerResponse, path: string, form: Record<string, string>) => {
    const out = await signedPost(options, path, new URLSearchParams(form).toString());
    res.writeHead(out.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(out.text === '' ? '{}' : out.text);
  };
  return [
    {
      method: 'POST',
      path: '/slack/local/action',
      handle: guarded(options.guard.fromPage, async (req, res) => {
        const a = readJson(actionBody, req.body);
        if (!a) return sendJson(res, 400, { error: 'bad_request' });
        const channel = slack.channels().find((c) => c.id === a.channel || c.name === a.channel);
        const payload = {
          type: 'block_actions',
          trigger_id: `local.${randomUUID()}`,
          user: { ...LOCAL_USER, team_id: 'T0LOCAL' },
          team: { id: 'T0LOCAL', domain: 'beacon-local' },
          api_app_id: 'A0BEACON',
          container: {
            type: 'message',
            message_ts: a.ts,
            channel_id: channel?.id ?? a.channel,
            is_ephemeral: false,
          },
          channel: { id: channel?.id ?? a.channel, name: channel?.name ?? a.channel },
          actions: [
            a.kind === 'select'
              ? {
                  type: 'static_select',
                  action_id: a.actionId,
                  block_id: a.blockId ?? '',
                  selected_option: { value: a.value },
                  action_ts: String(options.clock().getTime() / 1000),
                }
              : {
                  type: 'button',
                  action_id: a.actionId,
                  block_id: a.blockId ?? '',
                  value: a.value,
                  action_ts: String(options.clock().getTime() / 1000),
                },
          ],
        };
        await forward(res, '/slack/interactions', { payload: JSON.stringify(payload) });
      }),
    },
    {
      method: 'POST',
      path: '/slack/local/view',
      handle: guarded(options.guard.fromPage, async (req, res) => {
        const v = readJson(viewBody, req.body);
        const found = v ? slack.views().find((x) => x.id === v.viewId) : undefined;
        if (!v || !found) return sendJson(res, 400, { error: 'bad_request' });
        const values = Object.fromEntries(
          Object.entries(v.values).map(([block, actions]) => [
            block,
            Object.fromEntries(
              Object.entries(actions).map(([action, value]) => [action, { type: 'plain_text_input', value }]),
            ),
          ]),
        );
        const payload = {
          type: 'view_submission',
          user: { ...LOCAL_USER, team_id: 'T0LOCAL' },
          team: { id: 'T0LOCAL', domain: 'beacon-local' },
          api_app_id: 'A0BEACON',
          view: { ...found.view, id: found.id, state: { values } },
        };
        const out = await signedPost(
          options,
          '/slack/interactions',
          new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        );
        // As in Slack, an accepted submission closes the modal unless the app answered with errors or a new view.
        const action = out.text
          ? readJson(responseAction, Buffer.from(out.text))?.response_action
          : undefined;
        if (out.status === 200 && action !== 'errors' && action !== 'update' && action !== 'push')
          slack.closeView(found.id);
        res.writeHead(out.status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(out.text === '' ? '{}' : out.text);
      }),
    },
    {
      method: 'POST',
      path: '/slack/local/digest-preview',
      // Shown to the page's user only (ephemeral): nothing is posted or marked sent.
      handle: guarded(options.guard.fromPage, async (_req, res) => {
        const digests = await options.previewDigests();
        for (const d of digests)
          slack.call(
            'chat.postEphemeral',
            {
              channel: d.channel,
              user: LOCAL_USER.id,
              text: `Preview: ${d.message.text}`,
              blocks: d.message.blocks,
            },
            'local',
          );
        sendJson(res, 200, { ok: true, digests: digests.map((d) => d.channel) });
      }),
    },
    {
      method: 'POST',
      path: '/slack/local/view/close',
      handle: guarded(options.guard.fromPage, (req, res) => {
        const c = readJson(closeBody, req.body);
        if (!c || !slack.views().some((v) => v.id === c.viewId))
          return sendJson(res, 400, { error: 'bad_request' });
        slack.closeView(c.viewId);
        sendJson(res, 200, { ok: true });
      }),
    },
    {
      method: 'POST',
      path: '/slack/local/command',
      handle: guarded(options.guard.fromPage, async (req, res) => {
        const c = readJson(commandBody, req.body);
        const channel = c
          ? slack.channels().find((x) => x.id === c.channel || x.name === c.channel)
          : undefined;
        if (!c || !channel) return sendJson(res, 400, { error: 'bad_request' });
        await forward(res, '/slack/commands', {
          team_id: 'T0LOCAL',
          team_domain: 'beacon-local',
          channel_id: channel.id,
          channel_name: channel.name,
          user_id: LOCAL_USER.id,
          user_name: LOCAL_USER.username,
          command: '/beacon',
          text: c.text,
          response_url: `${options.url}/slack/local/response`,
          trigger_id: `local.${randomUUID()}`,
        });
      }),
    },
  ];
}

export function slackPageRoutes(slack: LocalSlack, guard: PageGuard): Route[] {
  // The page gets this start's token in its HTML; another origin cannot read it.
  const page = () =>
    readFileSync(PAGE, 'utf8').replace(
      '<meta name="beacon-page-token" content="">',
      `<meta name="beacon-page-token" content="${guard.token}">`,
    );
  return [
    {
      method: 'POST',
      path: '/slack/api/:method',
      // A browser form could post here too (any token is accepted locally): same site only.
      handle: guarded(guard.sameSite, (req, res) => {
        const auth = req.headers.authorization;
        const params = parseParams(req.headers['content-type'], req.body);
        const token = auth?.startsWith('Bearer ')
          ? auth.slice(7)
          : typeof params.token === 'string'
            ? params.token
            : undefined;
        const result = slack.call(req.params.method ?? '', params, token);
        sendJson(res, result.status, result.body, result.headers);
      }),
    },
    {
      method: 'POST',
      path: `${FILE_UPLOAD_PATH}:id`,
      // Slack's upload_url: the bytes of a file announced by files.getUploadURLExternal.
      handle: guarded(guard.sameSite, (req, res) => {
        const outcome = slack.receiveUpload(req.params.id ?? '', req.body);
        if (outcome === 'ok') return sendJson(res, 200, { ok: true });
        sendJson(res, outcome === 'file_not_found' ? 404 : 400, { ok: false, error: outcome });
      }),
    },
    {
      method: 'GET',
      path: `${FILE_PATH}:id`,
      handle: guarded(guard.localHost, (req, res) => {
        const file = slack.fileContent(req.params.id ?? '');
        if (!file) return sendJson(res, 404, { ok: false, error: 'file_not_found' });
        res.writeHead(200, {
          'content-type': file.mimetype,
          'content-length': String(file.bytes.length),
          'cache-control': 'private, max-age=3600',
          'x-content-type-options': 'nosniff',
        });
        res.end(file.bytes);
      }),
    },
    {
      method: 'GET',
      path: '/slack/stats',
      // The app's calls per method and channel, its 429s and peak posting rates (benchmarks read it).
      handle: guarded(guard.localHost, (_req, res) => sendJson(res, 200, slack.stats())),
    },
    {
      method: 'GET',
      path: '/slack',
      handle: guarded(guard.localHost, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(page());
      }),
    },
    {
      method: 'GET',
      path: '/slack/render.js',
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        res.end(renderModule());
      },
    },
    {
      method: 'GET',
      path: '/slack/state',
      handle: guarded(guard.localHost, (_req, res) => sendJson(res, 200, slackState(slack))),
    },
    {
      method: 'GET',
      path: '/slack/events',
      handle: guarded(guard.localHost, (req, res: ServerResponse) => {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        const push = () => res.write(`data: ${JSON.stringify(slackState(slack))}\n\n`);
        push();
        slack.on('change', push);
        req.raw.on('close', () => slack.off('change', push));
      }),
    },
  ];
}
