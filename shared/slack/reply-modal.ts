/** The Reply modal: a text box when the platform can take replies, an explanation when it cannot. */
import type { Alert } from '../domain/alert.ts';
import type { Mention } from '../domain/mention.ts';
import { REPLY_VIEW } from './actions.ts';
import { isAdvocateMoment, platformName, postText } from './alert-card.ts';
import { type Block, LIMITS, plainSection, section } from './blocks.ts';
import { link, outsideLine, truncate } from './mrkdwn.ts';

/** Longest reply accepted; the platform adapter trims further where its platform is stricter. */
export const MAX_REPLY_CHARS = 3000;

/** The start of a reply to an advocate moment: the brand's own words, edited before sending. */
export const ADVOCATE_THANKS = 'Thank you so much for your kind words, it means a lot to the whole team!';

const plain = (text: string, max: number = LIMITS.viewTitle) => ({
  type: 'plain_text',
  text: truncate(text, max),
});

export function renderReplyModal(
  alert: Alert,
  mention: Mention,
  supported: boolean,
): Record<string, unknown> {
  const platform = platformName(alert.platform);
  const where = link(mention.url, platform);
  const original: Block[] = [
    section(`*@${outsideLine(mention.author.handle, 80)}* on ${where}`),
    plainSection(postText(mention)),
  ];
  if (!supported) {
    return {
      type: 'modal',
      title: plain('Reply'),
      close: plain('Close'),
      blocks: [
        ...original,
        section(
          `:information_source: Beacon cannot post replies on ${platform} yet. Answer on ${where} itself, then click *Replied* on the card.`,
        ),
      ],
    };
  }
  return {
    type: 'modal',
    callback_id: REPLY_VIEW.callbackId,
    private_metadata: JSON.stringify({ alertId: alert.alertId }),
    title: plain(`Reply on ${platform}`),
    submit: plain('Send'),
    close: plain('Cancel'),
    blocks: [
      ...original,
      {
        type: 'input',
        block_id: REPLY_VIEW.blockId,
        label: plain('Your reply', 2000),
        element: {
          type: 'plain_text_input',
          action_id: REPLY_VIEW.actionId,
          multiline: true,
          max_length: MAX_REPLY_CHARS,
          // An advocate moment starts from a thank-you of the brand's own words, to edit before sending.
          ...(isAdvocateMoment(alert) ? { initial_value: ADVOCATE_THANKS } : {}),
        },
        hint: plain(
          `Posted on ${platform} by the brand's account; the card closes when the reply is seen there.`,
          2000,
        ),
      },
    ],
  };
}
