/**
 * The ids Beacon gives its interactive elements, and the values they carry, in one place: the card
 * builds them, the interaction handler reads them back.
 */
import { LABELS, type Label } from '../domain/detection.ts';

export const ACTIONS = {
  claim: 'beacon.claim',
  replied: 'beacon.replied',
  snooze: 'beacon.snooze',
  dismiss: 'beacon.dismiss',
  relabel: 'beacon.relabel',
  reply: 'beacon.reply',
  /** The ⋯ menu of a line in a burst summary: its option value names the alert and what to do. */
  line: 'beacon.line',
} as const;
export type ActionName = keyof typeof ACTIONS;

export const REPLY_VIEW = { callbackId: 'beacon.reply', blockId: 'reply', actionId: 'text' } as const;

/** Snooze choices offered on the card, in seconds. */
export const SNOOZE_CHOICES: Array<{ text: string; seconds: number }> = [
  { text: '15 min', seconds: 15 * 60 },
  { text: '1 hour', seconds: 3600 },
  { text: '4 hours', seconds: 4 * 3600 },
  { text: '1 day', seconds: 24 * 3600 },
];

/** What a burst summary line's menu offers, by option value suffix. */
export const LINE_CHOICES = [
  { verb: 'claim', text: 'Claim' },
  { verb: 'reply', text: 'Reply…' },
  { verb: 'replied', text: 'Mark replied' },
  { verb: 'snooze', text: 'Snooze escalation 1 hour' },
  { verb: 'card', text: 'Show its card in the thread' },
] as const;
const LINE_SNOOZE_SECONDS = 3600;

export type ParsedAction =
  | { kind: 'claim' | 'replied' | 'dismiss' | 'reply'; alertId: string }
  /** Post the alert's own card (it is only a line in a burst summary). */
  | { kind: 'card'; alertId: string }
  | { kind: 'snooze'; alertId: string; seconds: number }
  | { kind: 'relabel'; alertId: string; to: Label };

const BY_ID = new Map<string, ActionName>(Object.entries(ACTIONS).map(([k, v]) => [v, k as ActionName]));

/** Option values are `<alertId>:<argument>`; button values are the alert id. */
export const optionValue = (alertId: string, argument: string | number): string => `${alertId}:${argument}`;

/** Reads an action back; undefined for anything Beacon did not build. */
export function parseAction(actionId: string, value: string | undefined): ParsedAction | undefined {
  const name = BY_ID.get(actionId);
  if (!name || !value) return undefined;
  const [alertId, argument] = value.split(':');
  if (!alertId || !/^al_[0-9a-f]{8,64}$/.test(alertId)) return undefined;
  switch (name) {
    case 'line':
      switch (argument) {
        case 'claim':
        case 'reply':
        case 'replied':
        case 'card':
          return { kind: argument, alertId };
        case 'snooze':
          return { kind: 'snooze', alertId, seconds: LINE_SNOOZE_SECONDS };
        default:
          return undefined;
      }
    case 'snooze': {
      const seconds = Number(argument);
      return SNOOZE_CHOICES.some((c) => c.seconds === seconds)
        ? { kind: 'snooze', alertId, seconds }
        : undefined;
    }
    case 'relabel':
      return (LABELS as readonly string[]).includes(argument ?? '')
        ? { kind: 'relabel', alertId, to: argument as Label }
        : undefined;
    default:
      return argument === undefined ? { kind: name, alertId } : undefined;
  }
}
