/**
 * The local Slack: answers the Slack Web API methods Beacon uses, with Slack's request shapes
 * (form-encoded or JSON, bearer token) and response shapes (`ok`, `error`, `ts`, cursors), and keeps
 * what was posted so anything can read it back through conversations.history / .replies.
 * State is kept in memory and, when given a file, kept there between runs: every change is appended
 * to a journal beside it (`<file>l`, one JSON line) before the call is answered, so a message
 * answered `ok` survives the process being killed; the journal is folded into the file at start.
 * Messages are found through indexes (by channel and ts, by channel, by thread), never by scanning
 * every message. With rate limits given, the app's token is held to Slack's limits
 * (slack-rate-limits.ts).
 */
import { EventEmitter } from 'node:events';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { POST_METHOD, SlackCallStats, type SlackRateLimits } from './slack-rate-limits.ts';

export interface LocalChannel {
  id: string;
  name: string;
  created: number;
}

export interface LocalMessage {
  type: 'message';
  ts: string;
  channel: string;
  bot_id?: string;
  user?: string;
  text: string;
  blocks?: unknown[];
  attachments?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
  reply_count?: number;
  edited?: { ts: string };
  /** Files shared with the message (files.completeUploadExternal). */
  files?: LocalFileRef[];
}

/** A file as messages show it; its bytes are served at `url_private`. */
export interface LocalFileRef {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  size: number;
  url_private: string;
}

/** A file uploaded through files.getUploadURLExternal; `data` (base64) once its bytes arrived. */
interface LocalFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  size: number;
  created: number;
  alt_text?: string;
  data?: string;
}

const MIME_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  csv: 'text/csv',
  txt: 'text/plain',
};
const mimeOf = (name: string): string =>
  MIME_TYPES[/\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** Where the local Slack takes the bytes of an upload (Slack's upload_url) and serves them. */
export const FILE_UPLOAD_PATH = '/slack/files/upload/';
export const FILE_PATH = '/slack/files/';

export interface LocalView {
  id: string;
  trigger_id?: string;
  user?: string;
  view: Record<string, unknown>;
  /** Closed or submitted: kept (saved with the state) so it never opens again after a restart. */
  closed?: boolean;
}

/** Who an id names, for users.info, usergroups.list and the page. */
export interface LocalDirectory {
  users: Record<string, string>;
  groups: Record<string, string>;
}

/**
 * Members and user groups named in the routing config's `people` (name → `<@U…>` or
 * `<!subteam^S…>`): a name with one token is that member's or group's name.
 */
export function directoryFromPeople(people: Record<string, string[]>): LocalDirectory {
  const directory: LocalDirectory = { users: {}, groups: {} };
  for (const [name, tokens] of Object.entries(people)) {
    if (tokens.length !== 1) continue;
    const user = /^<@([UW][A-Z0-9]+)>$/.exec(tokens[0] ?? '')?.[1];
    const group = /^<!subteam\^([A-Z0-9]+)>$/.exec(tokens[0] ?? '')?.[1];
    if (user) directory.users[user] ??= name;
    if (group) directory.groups[group] ??= name;
  }
  return directory;
}

/** What is kept in memory besides the message indexes; saved with the messages. */
interface State {
  channels: LocalChannel[];
  ephemeral: Array<{
    channel: string;
    user: string;
    text: string;
    ts: string;
    blocks?: unknown[];
    attachments?: unknown[];
  }>;
  views: LocalView[];
  seq: number;
}

export interface ApiFault {
  method?: string;
  status: 429 | 500 | 503;
  retryAfter?: number;
  /** Carry the call out, then answer with the error: a post whose outcome the caller cannot know. */
  afterEffect?: boolean;
}

export interface ApiResult {
  status: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
}

type Params = Record<string, unknown>;

/** The bot token Beacon uses against the local Slack: the only one held to Slack's limits, as Slack limits per app. */
export const LOCAL_APP_TOKEN = 'xoxb-local-token';

export interface LocalSlackOptions {
  /** Slack's rate limits for the app's token; none when absent. */
  limits?: SlackRateLimits;
  /** Keep every call in `calls` (tests); off by default so a long run holds no growing log. */
  recordCalls?: boolean;
}

const messageKey = (channel: string, ts: string) => `${channel} ${ts}`;
const isReply = (m: LocalMessage) => m.thread_ts !== undefined && m.thread_ts !== m.ts;

/** One journal line: the entities a call created or changed, whole, and the ts counter after it. */
interface Change {
  seq: number;
  channel?: LocalChannel;
  messages?: LocalMessage[];
  ephemeral?: State['ephemeral'][number];
  view?: LocalView;
  file?: LocalFile;
}

const BOT_ID = 'BBEACON01';
const BOT_USER = 'UBEACON01';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Slack sends objects inside form fields as JSON strings; JSON bodies carry them as objects. */
const obj = <T>(v: unknown): T | undefined => {
  if (typeof v === 'string' && v !== '') {
    try {
      return JSON.parse(v) as T;
    } catch {
      return undefined;
    }
  }
  return v && typeof v === 'object' ? (v as T) : undefined;
};

/** Slack's own checks on blocks, so a message real Slack would refuse is refused here too. */
function blockErrors(blocks: unknown[] | undefined): string | undefined {
  if (!blocks) return undefined;
  if (blocks.length > 50) return 'must provide no more than 50 items';
  for (const [i, b] of blocks.entries()) {
    const block = b as { type?: string; text?: { text?: string }; block_id?: string };
    const text = block.text?.text ?? '';
    if (block.type === 'section' && text.length > 3000)
      return `[${i}] text must be less than 3001 characters`;
    if (block.type === 'header' && text.length > 150) return `[${i}] text must be less than 151 characters`;
    if ((block.block_id ?? '').length > 255) return `[${i}] block_id must be less than 256 characters`;
  }
  return undefined;
}

export class LocalSlack extends EventEmitter {
  private state: State = { channels: [], ephemeral: [], views: [], seq: 0 };
  /** Every message by channel and ts, in posting order (the order they are saved in). */
  private readonly byKey = new Map<string, LocalMessage>();
  /** Top-level messages by channel id, then ts, oldest first. */
  private readonly topLevel = new Map<string, Map<string, LocalMessage>>();
  /** Replies by channel and thread ts, then ts, oldest first. */
  private readonly threads = new Map<string, Map<string, LocalMessage>>();
  private readonly channelsById = new Map<string, LocalChannel>();
  private readonly channelsByName = new Map<string, LocalChannel>();
  private readonly files = new Map<string, LocalFile>();
  private readonly limits: SlackRateLimits | undefined;
  private readonly recordCalls: boolean;
  private readonly callStats: SlackCallStats;
  private readonly faults: ApiFault[] = [];
  private journal: number | undefined;
  private people: LocalDirectory = { users: {}, groups: {} };
  /** Where the local Slack page is served, for permalinks (set once the server listens). */
  publicUrl = 'http://localhost';
  /** Every API call received, in order, when recording (tests assert what Beacon asked Slack to do). */
  readonly calls: Array<{ method: string; params: Params }> = [];

  constructor(
    private readonly file?: string,
    private readonly now: () => Date = () => new Date(),
    options: LocalSlackOptions = {},
  ) {
    super();
    this.setMaxListeners(100);
    this.limits = options.limits;
    this.recordCalls = options.recordCalls ?? false;
    this.callStats = new SlackCallStats(options.limits?.now);
    if (file && existsSync(file)) {
      const {
        messages = [],
        files = [],
        ...saved
      } = JSON.parse(readFileSync(file, 'utf8')) as Partial<
        State & { messages: LocalMessage[]; files: LocalFile[] }
      >;
      this.state = { ...this.state, ...saved };
      for (const f of files) this.files.set(f.id, f);
      for (const c of this.state.channels) this.indexChannel(c);
      for (const m of messages) this.index(m);
    }
    if (file && existsSync(`${file}l`)) {
      for (const line of readFileSync(`${file}l`, 'utf8').split('\n')) this.apply(line);
    }
  }

  /** The app's calls per method and channel, its 429s and its peak posting rates (GET /slack/stats). */
  stats() {
    return this.callStats.toJSON(this.limits !== undefined, (id) => this.channelsById.get(id)?.name);
  }

  /** Makes the next matching calls fail as Slack does under load (429 + Retry-After, or 5xx). */
  injectFaults(...faults: ApiFault[]): void {
    this.faults.push(...faults);
  }

  ensureChannel(name: string): LocalChannel {
    const clean = name.replace(/^#/, '');
    const found = this.findChannel(clean);
    if (found) return found;
    const channel = {
      id: `C${String(this.state.channels.length + 1).padStart(8, '0')}`,
      name: clean,
      created: Math.floor(this.now().getTime() / 1000),
    };
    this.state.channels.push(channel);
    this.indexChannel(channel);
    this.changed({ channel });
    return channel;
  }

  channels(): LocalChannel[] {
    return [...this.state.channels];
  }

  /** Top-level messages of a channel (by id or name), oldest first. */
  messages(channel: string): LocalMessage[] {
    const c = this.findChannel(channel);
    return c ? [...(this.topLevel.get(c.id)?.values() ?? [])] : [];
  }

  replies(channel: string, threadTs: string): LocalMessage[] {
    const c = this.findChannel(channel);
    return c ? [...(this.threads.get(messageKey(c.id, threadTs))?.values() ?? [])] : [];
  }

  views(): LocalView[] {
    return [...this.state.views];
  }

  /** The modal the page shows: the latest one not closed or submitted. */
  openView(): LocalView | undefined {
    return this.state.views.findLast((v) => !v.closed);
  }

  /** The page's user closed the modal, or Beacon accepted its submission. */
  closeView(id: string): boolean {
    const found = this.state.views.find((v) => v.id === id);
    if (!found || found.closed) return false;
    found.closed = true;
    this.changed({ view: found });
    return true;
  }

  /** Names for member and group ids (from the routing config), plus the page's user and Beacon. */
  setDirectory(directory: LocalDirectory): void {
    this.people = directory;
    this.changed();
  }

  directory(): LocalDirectory {
    return {
      users: { ...this.people.users, [BOT_USER]: 'beacon', U0LOCALYOU: 'you' },
      groups: { ...this.people.groups },
    };
  }

  ephemeral(): State['ephemeral'] {
    return [...this.state.ephemeral];
  }

  /**
   * The bytes of an upload, POSTed to the URL files.getUploadURLExternal gave; refused when the file
   * is unknown, already has its bytes, or the length differs from the one announced.
   */
  receiveUpload(
    fileId: string,
    bytes: Buffer,
  ): 'ok' | 'file_not_found' | 'already_uploaded' | 'invalid_length' {
    const found = this.files.get(fileId);
    if (!found) return 'file_not_found';
    if (found.data !== undefined) return 'already_uploaded';
    if (bytes.length !== found.size) return 'invalid_length';
    found.data = bytes.toString('base64');
    this.changed({ file: found });
    return 'ok';
  }

  /** An uploaded file's bytes and type, for the page. */
  fileContent(fileId: string): { bytes: Buffer; mimetype: string } | undefined {
    const found = this.files.get(fileId);
    return found?.data === undefined
      ? undefined
      : { bytes: Buffer.from(found.data, 'base64'), mimetype: found.mimetype };
  }

  /** Resolves once `predicate` holds, re-checking after every change. */
  waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = predicate();
        if (value) {
          clearTimeout(timer);
          this.off('change', check);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        this.off('change', check);
        reject(new Error(`local Slack: condition not met within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('change', check);
      check();
    });
  }

  /** Handles one Web API call; `token` is the bearer token sent, if any. */
  call(method: string, params: Params, token: string | undefined): ApiResult {
    if (this.recordCalls) this.calls.push({ method, params });
    const faultIndex = this.faults.findIndex((f) => !f.method || f.method === method);
    if (faultIndex >= 0) {
      const [fault] = this.faults.splice(faultIndex, 1);
      if (fault?.afterEffect && token) this.methods[method]?.(params);
      this.emit('fault', fault);
      if (fault?.status === 429) {
        return {
          status: 429,
          headers: { 'retry-after': String(fault.retryAfter ?? 1) },
          body: { ok: false, error: 'ratelimited' },
        };
      }
      return { status: fault?.status ?? 500, body: { ok: false, error: 'internal_error' } };
    }
    if (!token) return this.ok({ ok: false, error: 'not_authed' });
    const handler = this.methods[method];
    if (!handler) return this.ok({ ok: false, error: 'unknown_method' });
    if (token !== LOCAL_APP_TOKEN) return this.ok(handler(params));
    const before = this.findChannel(params.channel)?.id;
    const retryAfter = this.limits?.take(method, before ?? str(params.channel));
    if (retryAfter !== undefined) {
      this.callStats.call(method, before, true);
      return {
        status: 429,
        headers: { 'retry-after': String(retryAfter) },
        body: { ok: false, error: 'ratelimited' },
      };
    }
    const body = handler(params);
    // A post by channel name may have created the channel just now.
    const channel = before ?? this.findChannel(params.channel)?.id;
    this.callStats.call(method, channel, false);
    if (method === POST_METHOD && body.ok === true && channel) this.callStats.posted(channel);
    return this.ok(body);
  }

  private ok(body: Record<string, unknown>): ApiResult {
    return { status: 200, body };
  }

  private findChannel(idOrName: unknown): LocalChannel | undefined {
    const key = str(idOrName)?.replace(/^#/, '');
    return key ? (this.channelsById.get(key) ?? this.channelsByName.get(key)) : undefined;
  }

  private indexChannel(c: LocalChannel): void {
    this.channelsById.set(c.id, c);
    if (!this.channelsByName.has(c.name)) this.channelsByName.set(c.name, c);
  }

  private message(channelId: string, ts: string | undefined): LocalMessage | undefined {
    return ts === undefined ? undefined : this.byKey.get(messageKey(channelId, ts));
  }

  /** The group a message is listed in: its channel's top level, or its thread. */
  private groupOf(m: LocalMessage, create: boolean): Map<string, LocalMessage> | undefined {
    const [groups, key] = isReply(m)
      ? [this.threads, messageKey(m.channel, m.thread_ts ?? '')]
      : [this.topLevel, m.channel];
    let group = groups.get(key);
    if (!group && create) {
      group = new Map();
      groups.set(key, group);
    }
    return group;
  }

  /** Adds a message to the indexes, or puts it in place of the one with its channel and ts. */
  private index(m: LocalMessage): void {
    this.byKey.set(messageKey(m.channel, m.ts), m);
    this.groupOf(m, true)?.set(m.ts, m);
  }

  private unindex(m: LocalMessage): void {
    this.byKey.delete(messageKey(m.channel, m.ts));
    this.groupOf(m, false)?.delete(m.ts);
  }

  private nextTs(): string {
    this.state.seq += 1;
    const seconds = Math.floor(this.now().getTime() / 1000);
    return `${seconds}.${String(this.state.seq % 1_000_000).padStart(6, '0')}`;
  }

  /**
   * Journals a change synchronously (the page cache outlives a killed process), then tells
   * listeners. Without the changed entities (e.g. a removal) the whole state is written instead.
   */
  private changed(change?: Omit<Change, 'seq'>): void {
    if (this.file && !change) this.flush();
    else if (this.file) {
      if (this.journal === undefined) {
        this.flush();
        this.journal = openSync(`${this.file}l`, 'a');
      }
      writeSync(this.journal, `${JSON.stringify({ seq: this.state.seq, ...change })}\n`);
    }
    this.emit('change');
  }

  /** Replays one journal line; a line torn by a kill was never answered, so it is skipped. */
  private apply(line: string): void {
    let change: Change;
    try {
      change = JSON.parse(line) as Change;
    } catch {
      return;
    }
    const upsert = <T>(list: T[], item: T, same: (a: T) => boolean) => {
      const i = list.findIndex(same);
      if (i >= 0) list[i] = item;
      else list.push(item);
    };
    this.state.seq = Math.max(this.state.seq, change.seq);
    const { channel, ephemeral, view } = change;
    if (channel) {
      const known = this.channelsById.get(channel.id);
      if (known) Object.assign(known, channel);
      else {
        this.state.channels.push(channel);
        this.indexChannel(channel);
      }
    }
    for (const m of change.messages ?? []) this.index(m);
    if (change.file) this.files.set(change.file.id, change.file);
    if (ephemeral) this.state.ephemeral.push(ephemeral);
    if (view) upsert(this.state.views, view, (v) => v.id === view.id);
  }

  /**
   * Writes the whole state to its file (atomically: write then rename) and empties the journal.
   * Called at start and at stop; in between the journal alone keeps changes.
   */
  flush(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(
      `${this.file}.tmp`,
      JSON.stringify({ ...this.state, messages: [...this.byKey.values()], files: [...this.files.values()] }),
    );
    renameSync(`${this.file}.tmp`, this.file);
    if (this.journal !== undefined) closeSync(this.journal);
    this.journal = undefined;
    // A kill here leaves a journal the file already holds: replaying it again changes nothing.
    writeFileSync(`${this.file}l`, '');
  }

  private readonly methods: Record<string, (p: Params) => Record<string, unknown>> = {
    'api.test': (p) => ({ ok: true, args: p }),
    'auth.test': () => ({
      ok: true,
      url: 'http://localhost/',
      team: 'Beacon local',
      user: 'beacon',
      team_id: 'T0LOCAL',
      user_id: BOT_USER,
      bot_id: BOT_ID,
    }),
    'conversations.list': (p) => {
      const limit = Math.min(1000, Number(p.limit ?? 100) || 100);
      const start = Number(str(p.cursor) ?? 0) || 0;
      const page = this.state.channels.slice(start, start + limit);
      const next = start + limit < this.state.channels.length ? String(start + limit) : '';
      return {
        ok: true,
        channels: page.map((c) => ({
          id: c.id,
          name: c.name,
          is_channel: true,
          is_member: true,
          created: c.created,
        })),
        response_metadata: { next_cursor: next },
      };
    },
    'conversations.create': (p) => {
      const name = str(p.name);
      if (!name) return { ok: false, error: 'invalid_name_required' };
      if (this.findChannel(name)) return { ok: false, error: 'name_taken' };
      const c = this.ensureChannel(name);
      return { ok: true, channel: { id: c.id, name: c.name, is_channel: true } };
    },
    'conversations.history': (p) => {
      const c = this.findChannel(p.channel);
      if (!c) return { ok: false, error: 'channel_not_found' };
      return this.page(this.messages(c.id).slice().reverse(), p, true);
    },
    'conversations.replies': (p) => {
      const c = this.findChannel(p.channel);
      if (!c) return { ok: false, error: 'channel_not_found' };
      const parent = this.message(c.id, str(p.ts));
      if (!parent) return { ok: false, error: 'thread_not_found' };
      return this.page([parent, ...this.replies(c.id, parent.ts)], p, false);
    },
    'chat.postMessage': (p) => {
      const c =
        this.findChannel(p.channel) ??
        (str(p.channel) && !/^[CGD][A-Z0-9]{8,}$/.test(str(p.channel) ?? '')
          ? this.ensureChannel(str(p.channel) ?? '')
          : undefined);
      if (!c) return { ok: false, error: 'channel_not_found' };
      const text = str(p.text) ?? '';
      const blocks = obj<unknown[]>(p.blocks);
      if (!text && !blocks) return { ok: false, error: 'no_text' };
      const invalid = blockErrors(blocks);
      if (invalid) return { ok: false, error: 'invalid_blocks', errors: [invalid] };
      const threadTs = str(p.thread_ts);
      const parent = this.message(c.id, threadTs);
      if (threadTs && !parent) return { ok: false, error: 'thread_not_found' };
      if (parent) {
        parent.reply_count = (parent.reply_count ?? 0) + 1;
        parent.thread_ts = parent.ts;
      }
      const metadata = obj<LocalMessage['metadata']>(p.metadata);
      const attachments = obj<unknown[]>(p.attachments);
      const message: LocalMessage = {
        type: 'message',
        ts: this.nextTs(),
        channel: c.id,
        bot_id: BOT_ID,
        text,
        ...(blocks ? { blocks } : {}),
        ...(attachments ? { attachments } : {}),
        ...(metadata ? { metadata } : {}),
        ...(threadTs ? { thread_ts: threadTs } : {}),
      };
      this.index(message);
      this.changed({ messages: parent ? [parent, message] : [message] });
      return { ok: true, channel: c.id, ts: message.ts, message: this.view(message, true) };
    },
    'chat.update': (p) => {
      const c = this.findChannel(p.channel);
      if (!c) return { ok: false, error: 'channel_not_found' };
      const message = this.message(c.id, str(p.ts));
      if (!message) return { ok: false, error: 'message_not_found' };
      const blocks = obj<unknown[]>(p.blocks);
      const invalid = blockErrors(blocks);
      if (invalid) return { ok: false, error: 'invalid_blocks', errors: [invalid] };
      if (str(p.text) !== undefined) message.text = str(p.text) ?? '';
      if (blocks) message.blocks = blocks;
      const attachments = obj<unknown[]>(p.attachments);
      if (attachments) message.attachments = attachments;
      const metadata = obj<LocalMessage['metadata']>(p.metadata);
      if (metadata) message.metadata = metadata;
      message.edited = { ts: this.nextTs() };
      this.changed({ messages: [message] });
      return { ok: true, channel: c.id, ts: message.ts, text: message.text };
    },
    'chat.delete': (p) => {
      const c = this.findChannel(p.channel);
      if (!c) return { ok: false, error: 'channel_not_found' };
      const message = this.message(c.id, str(p.ts));
      if (!message) return { ok: false, error: 'message_not_found' };
      this.unindex(message);
      if (isReply(message)) {
        const parent = this.message(c.id, message.thread_ts);
        if (parent?.reply_count) parent.reply_count -= 1;
      } else {
        // Locally a thread goes with its parent (Slack would leave a "This message was deleted." stub).
        const thread = messageKey(c.id, message.ts);
        for (const reply of this.threads.get(thread)?.values() ?? [])
          this.byKey.delete(messageKey(c.id, reply.ts));
        this.threads.delete(thread);
      }
      this.changed();
      return { ok: true, channel: c.id, ts: message.ts };
    },
    'chat.getPermalink': (p) => {
      const c = this.findChannel(p.channel);
      if (!c) return { ok: false, error: 'channel_not_found' };
      const ts = str(p.message_ts);
      if (!this.message(c.id, ts)) return { ok: false, error: 'message_not_found' };
      // Slack's shape; the link opens the local Slack page at that message.
      return {
        ok: true,
        channel: c.id,
        permalink: `${this.publicUrl}/slack#${c.id}/p${ts?.replace('.', '')}`,
      };
    },
    'chat.postEphemeral': (p) => {
      const c = this.findChannel(p.channel);
      if (!c) return { ok: false, error: 'channel_not_found' };
      const ts = this.nextTs();
      const blocks = obj<unknown[]>(p.blocks);
      const attachments = obj<unknown[]>(p.attachments);
      const ephemeral = {
        channel: c.id,
        user: str(p.user) ?? '',
        text: str(p.text) ?? '',
        ts,
        ...(blocks ? { blocks } : {}),
        ...(attachments ? { attachments } : {}),
      };
      this.state.ephemeral.push(ephemeral);
      this.changed({ ephemeral });
      return { ok: true, message_ts: ts };
    },
    'views.open': (p) => {
      const view = obj<Record<string, unknown>>(p.view);
      if (!view) return { ok: false, error: 'invalid_arguments' };
      const id = `V${String(this.state.views.length + 1).padStart(8, '0')}`;
      const opened: LocalView = { id, ...(str(p.trigger_id) ? { trigger_id: str(p.trigger_id) } : {}), view };
      this.state.views.push(opened);
      this.changed({ view: opened });
      return { ok: true, view: { id, ...view } };
    },
    'views.update': (p) => {
      const found = this.state.views.find((v) => v.id === str(p.view_id));
      const view = obj<Record<string, unknown>>(p.view);
      if (!found || !view) return { ok: false, error: 'not_found' };
      found.view = view;
      this.changed({ view: found });
      return { ok: true, view: { id: found.id, ...view } };
    },
    'files.getUploadURLExternal': (p) => {
      const name = str(p.filename);
      const size = Number(p.length);
      if (!name || !Number.isInteger(size) || size < 1) return { ok: false, error: 'invalid_arguments' };
      this.state.seq += 1;
      const id = `F${String(this.state.seq).padStart(10, '0')}`;
      const file: LocalFile = {
        id,
        name,
        title: name,
        mimetype: mimeOf(name),
        size,
        created: Math.floor(this.now().getTime() / 1000),
        ...(str(p.alt_text) ? { alt_text: str(p.alt_text) } : {}),
      };
      this.files.set(id, file);
      this.changed({ file });
      return { ok: true, upload_url: `${this.publicUrl}${FILE_UPLOAD_PATH}${id}`, file_id: id };
    },
    'files.completeUploadExternal': (p) => {
      const list = obj<Array<{ id?: string; title?: string }>>(p.files);
      if (!Array.isArray(list) || list.length === 0) return { ok: false, error: 'invalid_arguments' };
      const found = list.map((f) => ({ file: this.files.get(f.id ?? ''), title: f.title }));
      // Slack refuses files whose bytes never arrived.
      if (found.some((f) => f.file?.data === undefined)) return { ok: false, error: 'file_not_found' };
      const channelId = str(p.channel_id);
      const c = channelId ? this.findChannel(channelId) : undefined;
      if (channelId && !c) return { ok: false, error: 'channel_not_found' };
      const files = found.map(({ file, title }) => {
        const f = file as LocalFile;
        if (title) f.title = title;
        this.changed({ file: f });
        return f;
      });
      const refs: LocalFileRef[] = files.map((f) => ({
        id: f.id,
        name: f.name,
        title: f.title,
        mimetype: f.mimetype,
        size: f.size,
        url_private: `${this.publicUrl}${FILE_PATH}${f.id}`,
      }));
      if (c) {
        const threadTs = str(p.thread_ts);
        const parent = this.message(c.id, threadTs);
        if (threadTs && !parent) return { ok: false, error: 'thread_not_found' };
        if (parent) {
          parent.reply_count = (parent.reply_count ?? 0) + 1;
          parent.thread_ts = parent.ts;
        }
        const message: LocalMessage = {
          type: 'message',
          ts: this.nextTs(),
          channel: c.id,
          bot_id: BOT_ID,
          text: str(p.initial_comment) ?? '',
          files: refs,
          ...(threadTs ? { thread_ts: threadTs } : {}),
        };
        this.index(message);
        this.changed({ messages: parent ? [parent, message] : [message] });
      }
      return { ok: true, files: refs.map((f) => ({ id: f.id, title: f.title })) };
    },
    'users.info': (p) => {
      const id = str(p.user) ?? '';
      const name = this.directory().users[id];
      return {
        ok: true,
        user: { id, name: name ?? id.toLowerCase(), real_name: name ?? `Local user ${id}`, tz: 'UTC' },
      };
    },
    'usergroups.list': () => ({
      ok: true,
      usergroups: Object.entries(this.people.groups).map(([id, handle]) => ({ id, handle, name: handle })),
    }),
  };

  private view(m: LocalMessage, withMetadata: boolean): Record<string, unknown> {
    const { channel: _c, metadata, ...rest } = m;
    return { ...rest, ...(withMetadata && metadata ? { metadata } : {}) };
  }

  private page(all: LocalMessage[], p: Params, newestFirst: boolean): Record<string, unknown> {
    const oldest = Number(str(p.oldest) ?? 0) || 0;
    const latest = Number(str(p.latest) ?? Number.POSITIVE_INFINITY) || Number.POSITIVE_INFINITY;
    const inRange = all.filter((m) => Number(m.ts) >= oldest && Number(m.ts) <= latest);
    const limit = Math.min(1000, Number(p.limit ?? 100) || 100);
    const start = Number(str(p.cursor) ?? 0) || 0;
    const slice = inRange.slice(start, start + limit);
    const more = start + limit < inRange.length;
    const withMetadata = p.include_all_metadata === true || p.include_all_metadata === 'true';
    return {
      ok: true,
      messages: slice.map((m) => this.view(m, withMetadata)),
      has_more: more,
      ...(newestFirst ? { pin_count: 0 } : {}),
      response_metadata: { next_cursor: more ? String(start + limit) : '' },
    };
  }
}
