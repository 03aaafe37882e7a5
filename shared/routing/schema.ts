/**
 * The shape of `config/routing.yaml` as managers write it. This schema checks form only
 * (keys, types, spellings); names that refer to other sections (channels, people, VIP lists)
 * are checked by `compile.ts`, which knows the whole file.
 * The JSON Schema for editors is generated from this file (`scripts/routing-schema.ts`).
 */
import { z } from 'zod';
import { LABELS } from '../domain/detection.ts';
import { PLATFORMS } from '../domain/mention.ts';
import { pollSourceSpec } from '../platforms/poll-source-spec.ts';
import { MIN_WINDOW_SECONDS, WEEKDAYS } from './constants.ts';
import { DURATION_PATTERN, parseDuration } from './duration.ts';

export { MIN_WINDOW_SECONDS, WEEKDAYS, type Weekday } from './constants.ts';

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);

const name = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a name of lower-case letters, digits, "-" or "_"')
  .meta({ id: 'Name', description: 'A name defined in this file.' });

const DURATION_HINT = 'expected a duration like 90s, 45m, 4h or 3d';
const duration = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `${DURATION_HINT}; got the number ${issue.input}, which needs a unit (s, m, h or d)`
        : DURATION_HINT,
  })
  .regex(new RegExp(DURATION_PATTERN), {
    abort: true,
    error: (issue) =>
      typeof issue.input === 'string' && issue.input.startsWith('-')
        ? 'a duration cannot be negative'
        : DURATION_HINT,
  })
  .meta({ id: 'Duration', description: 'A duration such as 90s, 45m, 4h, 3d or 1h30m.' });

const windowDuration = duration
  .refine((v) => (parseDuration(v) ?? 0) >= MIN_WINDOW_SECONDS, {
    message: `expected a window of at least ${MIN_WINDOW_SECONDS}s`,
  })
  .meta({
    id: 'Window',
    description: `An engagement window: 90s, 45m, 4h, 3d… (at least ${MIN_WINDOW_SECONDS}s).`,
  });

export const platform = z.enum(PLATFORMS).meta({ id: 'Platform', description: 'A platform Beacon reads.' });
export const label = z.enum(LABELS).meta({ id: 'Type', description: 'A moment of truth type.' });
const lang = z
  .string()
  .regex(/^([a-z]{2}|und)$/, 'expected an ISO 639-1 language code such as en, es or ja')
  .describe('ISO 639-1 language code, e.g. en, es, ja ("und" = unknown).');
const langOrAny = z
  .string()
  .regex(/^([a-z]{2}|any)$/, 'expected an ISO 639-1 language code such as en, es or ja, or "any"');

const words = z
  .array(z.string().min(1))
  .meta({ id: 'Words', description: 'Words or phrases, matched case-insensitively.' });
const PERCENT_HINT = 'expected a percentage of the window between 1% and 99%, e.g. 50%';
const percent = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `${PERCENT_HINT}; got the number ${issue.input}, which needs a %`
        : PERCENT_HINT,
  })
  .regex(/^\d{1,2}(\.\d+)?%$/, PERCENT_HINT)
  .meta({ id: 'Percent', description: 'Share of the engagement window elapsed, e.g. 50%.' });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
  message: 'expected opening hours like 09:00-17:30',
});

/** A number is "at least"; `{min, max}` bounds both ways (inclusive). */
const range = z
  .union([z.number(), z.strictObject({ min: z.number().optional(), max: z.number().optional() })])
  .meta({ id: 'Range' });
const count = z.union([
  z.number().int().nonnegative(),
  z.strictObject({
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().nonnegative().optional(),
  }),
]);

const wordMatch = z
  .strictObject({ any: words.optional(), all: words.optional(), none: words.optional() })
  .describe('any: at least one; all: every one; none: not one.');
const patternMatch = z
  .strictObject({
    any: z.array(z.string()).optional(),
    all: z.array(z.string()).optional(),
    none: z.array(z.string()).optional(),
  })
  .describe('Regular expressions, case-insensitive; /…/flags to choose flags.');

const history = z.strictObject({
  praise: count.optional(),
  complaint: count.optional(),
  question: count.optional(),
  suggestion: count.optional(),
  period: z
    .enum(['all', '30d', '90d', '365d'])
    .optional()
    .describe('Count all history (default) or the last 30, 90 or 365 days.'),
});

const authorMatch = z.strictObject({
  followers: range.optional().describe('Follower count: a number means at least that many.'),
  verified: z.boolean().optional(),
  vip: z
    .union([z.boolean(), oneOrMany(name)])
    .optional()
    .describe('true: on any VIP list; or list names.'),
  influencer: z.boolean().optional().describe('Followers at or above vip.influencer_followers.'),
  handle: oneOrMany(z.string()).optional(),
  repeat_complainer: z.boolean().optional(),
  advocate: z.boolean().optional(),
  history: history.optional(),
});

export const matchSchema = z
  .strictObject({
    type: oneOrMany(label).optional(),
    platform: oneOrMany(platform).optional(),
    lang: oneOrMany(lang).optional(),
    keywords: z.union([words, wordMatch]).optional().describe('A list means any of them.'),
    patterns: z
      .union([z.array(z.string()), patternMatch])
      .optional()
      .describe('A list means any of them.'),
    competitor: z.union([z.boolean(), oneOrMany(z.string())]).optional(),
    author: authorMatch.optional(),
    confidence: range.optional().describe('Detector confidence 0..1: a number means at least.'),
    business_hours: z.boolean().optional().describe('true: only inside business hours; false: only outside.'),
    kind: oneOrMany(z.enum(['post', 'comment', 'reply', 'direct_message', 'review'])).optional(),
  })
  .meta({ id: 'When' });

const escalationStep = z
  .strictObject({
    at: percent,
    mention: oneOrMany(name).optional(),
    channel: name.optional(),
  })
  .meta({
    id: 'EscalationStep',
    description: 'At a share of the window, mention people and/or tell a channel.',
  });

const actionFields = {
  channel: name.optional().describe('Channel name from `channels`.'),
  window: windowDuration.optional().describe('Sets the engagement window.'),
  window_scale: z.number().positive().optional().describe('Multiplies the engagement window, e.g. 0.5.'),
  mention: oneOrMany(name).optional().describe('People or groups from `people` (or here / channel).'),
  escalate: z.array(escalationStep).optional().describe('Escalation ladder; [] turns it off.'),
  escalation_channel: name.optional().describe('Channel told when an alert is missed.'),
  digest: z
    .enum(['off', 'hourly', 'daily'])
    .optional()
    .describe('Collect into a digest instead of alerting.'),
  copy_to: oneOrMany(name).optional().describe('Also post to these channels.'),
};

const { window: _window, window_scale: _scale, ...defaultActionFields } = actionFields;

export const actionSchema = z
  .strictObject({
    ...actionFields,
    drop: z.boolean().optional().describe('Ignore matching posts.'),
    advocate_moment: z
      .boolean()
      .optional()
      .describe(
        'true: the alert is an advocate moment (a chance to thank them or invite them to a beta), with its own card; the rule must match `type: praise` and `author: { advocate: true }`.',
      ),
  })
  .meta({ id: 'Then' });

export const ruleSchema = z
  .strictObject({
    name: name.describe('Shown in Slack and in `rules test`; unique.'),
    description: z.string().optional(),
    when: matchSchema.optional().describe('Every condition must hold; no `when` matches everything.'),
    // biome-ignore lint/suspicious/noThenProperty: `when`/`then` is the wording managers write; never awaited.
    then: actionSchema,
  })
  .meta({ id: 'Rule' });

const perType = z
  .strictObject({
    praise: windowDuration.optional(),
    complaint: windowDuration.optional(),
    question: windowDuration.optional(),
    suggestion: windowDuration.optional(),
    none: windowDuration.optional(),
  })
  .meta({ id: 'WindowsPerType' });

const handleList = z.array(z.string().min(1));

export const routingFileSchema = z
  .strictObject({
    version: z.literal(1).describe('File format version.'),
    brand: z.strictObject({
      name: z.string().min(1),
      accounts: z
        .partialRecord(platform, handleList)
        .describe("The brand's own handles or account ids per platform: their posts close alerts."),
      keywords: z.record(langOrAny, words).optional().describe('Relevance keywords per language.'),
      aliases: z.record(langOrAny, words).optional().describe('Other names of the brand per language.'),
      competitors: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            keywords: words.optional(),
            mode: z
              .enum(['ignore', 'watch'])
              .describe('ignore: drop posts about it alone; watch: copy them.'),
            channel: name.optional().describe('For watch: the channel that gets a copy.'),
          }),
        )
        .optional(),
    }),
    windows: z
      .strictObject({
        praise: windowDuration,
        complaint: windowDuration,
        question: windowDuration,
        suggestion: windowDuration,
        none: windowDuration.optional(),
        platforms: z.partialRecord(platform, perType).optional().describe('Per-platform overrides.'),
      })
      .describe('Engagement windows per type.'),
    channels: z
      .record(
        name,
        z.string().regex(/^(#[a-z0-9][a-z0-9._-]*|[CGD][A-Z0-9]{6,})$/, {
          message: 'expected a Slack channel like "#beacon-complaints" or a channel id like C0123ABCD',
        }),
      )
      .describe('Named Slack channels: name → "#slack-channel" or channel id.'),
    people: z
      .strictObject({
        groups: z
          .record(name, z.string().regex(/^S[A-Z0-9]{6,}$/, 'expected a Slack user group id like S0123ABCD'))
          .optional()
          .describe('Slack user groups: name → group id.'),
        users: z
          .record(name, z.string().regex(/^[UW][A-Z0-9]{6,}$/, 'expected a Slack member id like U0123ABCD'))
          .optional()
          .describe('Slack members: name → member id.'),
        on_call: z
          .record(name, z.array(name))
          .optional()
          .describe('Named sets of users and groups mentioned together.'),
      })
      .optional(),
    business_hours: z
      .strictObject({
        time_zone: z.string().describe('IANA time zone, e.g. Europe/Berlin.'),
        days: z.partialRecord(z.enum(WEEKDAYS), z.union([z.literal('closed'), oneOrMany(clock)])),
        holidays: z
          .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-12-25'))
          .optional(),
        window_clock: z
          .enum(['wall', 'business'])
          .optional()
          .describe('wall (default): windows run round the clock; business: only in business hours.'),
      })
      .optional(),
    vip: z
      .strictObject({
        influencer_followers: z.number().int().positive().optional(),
        lists: z.record(name, z.partialRecord(platform, handleList)).optional(),
        repeat_complainer: z
          .strictObject({
            complaints: z.number().int().positive(),
            period: z.enum(['all', '30d', '90d', '365d']).optional(),
          })
          .optional()
          .describe('Earlier complaints that make an author a repeat complainer (default 2 in 30d).'),
        advocate: z
          .strictObject({
            praise: z.number().int().positive(),
            period: z.enum(['all', '30d', '90d', '365d']).optional(),
            complaints: z
              .number()
              .int()
              .min(0)
              .optional()
              .describe('Most earlier complaints in the period an advocate may have (default 0).'),
          })
          .optional()
          .describe('Earlier praise that makes an author an advocate (default 3 and no complaint in 90d).'),
      })
      .optional(),
    detection: z
      .strictObject({
        unsure_below: z
          .number()
          .gt(0)
          .max(1)
          .optional()
          .describe(
            'Below this detection confidence (0..1, calibrated) the alert card says it is unsure and invites a relabel.',
          ),
      })
      .optional()
      .describe('How detection results are shown.'),
    review: z
      .strictObject({
        channel: name.describe('Channel (from `channels`) that gets the posts the detector is unsure of.'),
        below: z
          .number()
          .gt(0)
          .max(1)
          .describe(
            'Posts whose detection confidence is below this (0..1) go to review instead of their route.',
          ),
      })
      .optional()
      .describe('Where posts the detector cannot judge go: low confidence, unknown script.'),
    reports: z
      .strictObject({
        weekly: z
          .boolean()
          .optional()
          .describe('Post each channel its response report with a chart every Monday (default true).'),
        suggestions_channel: name
          .optional()
          .describe(
            'Channel (from `channels`) that gets the weekly digest of suggestions, grouped by subject.',
          ),
      })
      .optional()
      .describe('Response reports (docs/slack.md, "Reports").'),
    rules: z.array(ruleSchema).describe('Ordered; the first rule whose `when` holds decides.'),
    defaults: z.strictObject({
      ...defaultActionFields,
      channel: name.describe('Channel for anything no rule and no per-type default sends elsewhere.'),
      drop_types: z.array(label).optional().describe('Types dropped when no rule matches (default: [none]).'),
      types: z
        .partialRecord(label, z.strictObject(defaultActionFields))
        .optional()
        .describe('Defaults per type.'),
    }),
    sources: z
      .array(pollSourceSpec.meta({ id: 'PollSource' }))
      .optional()
      .describe('Platforms read on a schedule (see docs/platforms.md); each runs at its own `schedule`.'),
  })
  .describe('Beacon routing: who answers what, how fast, and who gets paged.');

export type RoutingFile = z.output<typeof routingFileSchema>;
export type MatchSpec = z.output<typeof matchSchema>;
export type ActionSpec = z.output<typeof actionSchema>;
export type RuleSpec = z.output<typeof ruleSchema>;
