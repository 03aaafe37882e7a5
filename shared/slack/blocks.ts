/**
 * Block Kit builders that cannot produce a message Slack refuses: every text is cut to its limit
 * (without splitting an escape or a surrogate pair) and a message never has more than 50 blocks.
 * Limits from Slack's Block Kit reference.
 */
import { truncate } from './mrkdwn.ts';

export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  blockId: 255,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  optionValue: 150,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  viewTitle: 24,
  privateMetadata: 3000,
  messageText: 40_000,
} as const;

export type Block = Record<string, unknown> & { type: string };

/**
 * `verbatim: true`: Slack still reads Beacon's own `<…>` sequences and formatting, but does not turn
 * bare URLs, #channel names or @names in the words into links or mentions.
 */
const mrkdwn = (text: string, max: number) => ({ type: 'mrkdwn', text: truncate(text, max), verbatim: true });
const plain = (text: string, max: number) => ({ type: 'plain_text', text: truncate(text, max), emoji: true });
const blockId = (id: string | undefined) => (id ? { block_id: id.slice(0, LIMITS.blockId) } : {});

export const section = (text: string, id?: string, accessory?: Block): Block => ({
  type: 'section',
  ...blockId(id),
  text: mrkdwn(text || ' ', LIMITS.sectionText),
  ...(accessory ? { accessory } : {}),
});

/**
 * A section of outside text shown as typed: a `plain_text` object is not parsed for mentions,
 * links or formatting, and `emoji: false` keeps a `:shortcode:` as its characters.
 */
export const plainSection = (text: string, id?: string): Block => ({
  type: 'section',
  ...blockId(id),
  text: { type: 'plain_text', text: truncate(text || ' ', LIMITS.sectionText), emoji: false },
});

export const fields = (items: string[], id?: string): Block => ({
  type: 'section',
  ...blockId(id),
  fields: items.slice(0, LIMITS.sectionFields).map((f) => mrkdwn(f || ' ', LIMITS.fieldText)),
});

export const header = (text: string): Block => ({ type: 'header', text: plain(text, LIMITS.headerText) });

export const context = (texts: string[], id?: string): Block => ({
  type: 'context',
  ...blockId(id),
  elements: texts.slice(0, LIMITS.contextElements).map((t) => mrkdwn(t || ' ', LIMITS.sectionText)),
});

export const divider = (): Block => ({ type: 'divider' });

export const actions = (id: string, elements: Block[]): Block => ({
  type: 'actions',
  ...blockId(id),
  elements: elements.slice(0, LIMITS.actionsElements),
});

export interface Confirm {
  title: string;
  text: string;
  confirm: string;
  deny: string;
}

export const button = (
  actionId: string,
  text: string,
  value: string,
  style?: 'primary' | 'danger',
  confirm?: Confirm,
): Block => ({
  type: 'button',
  action_id: actionId,
  text: plain(text, LIMITS.buttonText),
  value: value.slice(0, LIMITS.buttonValue),
  ...(style ? { style } : {}),
  ...(confirm
    ? {
        confirm: {
          title: plain(confirm.title, LIMITS.confirmTitle),
          text: plain(confirm.text, LIMITS.confirmText),
          confirm: plain(confirm.confirm, LIMITS.confirmButton),
          deny: plain(confirm.deny, LIMITS.confirmButton),
        },
      }
    : {}),
});

export const staticSelect = (
  actionId: string,
  placeholder: string,
  options: Array<{ text: string; value: string }>,
): Block => ({
  type: 'static_select',
  action_id: actionId,
  placeholder: plain(placeholder, LIMITS.optionText),
  options: options.slice(0, 100).map((o) => ({
    text: plain(o.text, LIMITS.optionText),
    value: o.value.slice(0, LIMITS.optionValue),
  })),
});

/** A ⋯ menu (a section's accessory): at most 5 options, each acting with its own value. */
export const overflow = (actionId: string, options: Array<{ text: string; value: string }>): Block => ({
  type: 'overflow',
  action_id: actionId,
  options: options.slice(0, 5).map((o) => ({
    text: plain(o.text, LIMITS.optionText),
    value: o.value.slice(0, LIMITS.optionValue),
  })),
});

/**
 * Keeps a list of blocks within `max`: when there are more, the last block kept says how many were
 * left out, so a long digest or history never makes Slack refuse the whole message.
 */
export function fitBlocks(blocks: Block[], max: number = LIMITS.blocksPerMessage): Block[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, context([`… and ${blocks.length - kept.length} more not shown`])];
}
