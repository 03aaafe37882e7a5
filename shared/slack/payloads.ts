/**
 * What Slack POSTs, parsed at the edge: interaction payloads (form field `payload`, JSON) and slash
 * commands (form fields). Only the fields Beacon reads are kept; anything else passes unchecked.
 */
import * as z from 'zod/mini';
import '../runtime/zod-messages.ts';

const action = z.object({
  action_id: z.string(),
  block_id: z.optional(z.string()),
  value: z.optional(z.string()),
  selected_option: z.optional(z.nullable(z.object({ value: z.string() }))),
});

const blockActions = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.optional(z.string()),
  user: z.object({ id: z.string(), username: z.optional(z.string()) }),
  container: z.optional(z.object({ channel_id: z.optional(z.string()), message_ts: z.optional(z.string()) })),
  channel: z.optional(z.object({ id: z.string() })),
  actions: z.array(action).check(z.minLength(1)),
});

const viewSubmission = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id: z.string() }),
  view: z.object({
    id: z.string(),
    callback_id: z.optional(z.string()),
    private_metadata: z.optional(z.string()),
    state: z.object({
      values: z.record(
        z.string(),
        z.record(z.string(), z.object({ value: z.optional(z.nullable(z.string())) })),
      ),
    }),
  }),
});

const otherPayload = z.object({ type: z.string() });

export type BlockActionsPayload = z.infer<typeof blockActions>;
export type ViewSubmissionPayload = z.infer<typeof viewSubmission>;
export type InteractionPayload =
  | BlockActionsPayload
  | ViewSubmissionPayload
  | { type: 'other'; original: string };

export class MalformedSlackRequest extends Error {
  override readonly name = 'MalformedSlackRequest';
}

export function parseInteraction(rawBody: Buffer | string): InteractionPayload {
  const form = new URLSearchParams(rawBody.toString());
  const json = form.get('payload');
  if (!json) throw new MalformedSlackRequest('no payload field');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new MalformedSlackRequest('payload is not JSON');
  }
  const kind = otherPayload.safeParse(data);
  if (!kind.success) throw new MalformedSlackRequest('payload has no type');
  if (kind.data.type === 'block_actions') {
    const parsed = blockActions.safeParse(data);
    if (!parsed.success) throw new MalformedSlackRequest('block_actions payload is incomplete');
    return parsed.data;
  }
  if (kind.data.type === 'view_submission') {
    const parsed = viewSubmission.safeParse(data);
    if (!parsed.success) throw new MalformedSlackRequest('view_submission payload is incomplete');
    return parsed.data;
  }
  return { type: 'other', original: kind.data.type };
}

const command = z.object({
  command: z.string(),
  text: z._default(z.string(), ''),
  user_id: z.string(),
  channel_id: z.string(),
  channel_name: z.optional(z.string()),
});
export type SlashCommand = z.infer<typeof command>;

export function parseCommand(rawBody: Buffer | string): SlashCommand {
  const parsed = command.safeParse(Object.fromEntries(new URLSearchParams(rawBody.toString())));
  if (!parsed.success) throw new MalformedSlackRequest('slash command is incomplete');
  return parsed.data;
}
