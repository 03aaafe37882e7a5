/** Opening an alert and moving it through its states; pure, so every rule is testable without a store. */
import {
  type Alert,
  alertIdFor,
  type HistoryEntry,
  isActive,
  type Transition,
  TransitionRefused,
} from './alert.ts';
import { nextStepAt } from './countdown.ts';
import type { MomentType } from './detection.ts';
import type { Mention } from './mention.ts';
import type { Route } from './route.ts';

/** The reasons of a matched rule that say the author gets priority, for the card's "why". */
const PRIORITY_REASON = /^(VIP|influencer|repeat complainer|advocate)\b/;
export const priorityOf = (route: Pick<Route, 'rule' | 'reasons'>): string[] =>
  route.rule === 'default' ? [] : route.reasons.filter((r) => PRIORITY_REASON.test(r));

/** A post's first 200 characters on one line (whole code points): what cards and lists quote. */
export const postExcerpt = (text: string): string =>
  [...text.replace(/\s+/g, ' ').trim()].slice(0, 200).join('');

export function openAlert(
  mention: Mention,
  type: MomentType,
  route: Route,
  openedAt: Date,
  deadline: Date,
): Alert {
  const base = {
    openedAt: openedAt.toISOString(),
    deadline: deadline.toISOString(),
    windowSeconds: Math.max(1, Math.round((deadline.getTime() - openedAt.getTime()) / 1000)),
    escalations: [...route.escalations].sort((a, b) => a.atFraction - b.atFraction),
    escalationsDone: 0,
  };
  return {
    alertId: alertIdFor(mention.platform, mention.threadId),
    platform: mention.platform,
    threadId: mention.threadId,
    mentionKey: `${mention.platform}#${mention.id}`,
    type,
    channel: route.channel,
    ...(route.escalationChannel ? { escalationChannel: route.escalationChannel } : {}),
    ...(route.mentions.length > 0 ? { mentions: [...route.mentions] } : {}),
    post: {
      author: mention.author.handle,
      authorId: mention.author.id,
      excerpt: postExcerpt(mention.text),
    },
    ...(priorityOf(route).length > 0 ? { priority: priorityOf(route) } : {}),
    ...(route.advocateMoment && type === 'praise' ? { advocateMoment: true } : {}),
    ...(route.pagesByRule ? { pagedByRule: true } : {}),
    ...(mention.url ? { postUrl: mention.url } : {}),
    state: 'open',
    ...base,
    nextStepAt: nextStepAt(base, openedAt).toISOString(),
    history: [
      { at: base.openedAt, by: 'beacon', action: 'opened', detail: `${type} via rule ${route.rule}` },
    ],
    version: 1,
  };
}

const entry = (t: Transition, action: string, detail?: string): HistoryEntry => ({
  at: t.at,
  by: 'by' in t ? t.by : 'beacon',
  action,
  ...(detail ? { detail } : {}),
});

/** The next alert after `t`, with history appended and version bumped; throws TransitionRefused. */
export function applyTransition(alert: Alert, t: Transition): Alert {
  const now = new Date(t.at);
  const bump = (changes: Partial<Alert>, h: HistoryEntry): Alert => {
    const next = { ...alert, ...changes, history: [...alert.history, h], version: alert.version + 1 };
    return isActive(next.state) ? { ...next, nextStepAt: nextStepAt(next, now).toISOString() } : next;
  };
  const requireActive = () => {
    if (!isActive(alert.state)) throw new TransitionRefused('not_active', `alert is already ${alert.state}`);
  };

  switch (t.kind) {
    case 'claim':
      requireActive();
      if (alert.claimedBy && alert.claimedBy !== t.by) {
        throw new TransitionRefused('already_claimed', `already claimed by ${alert.claimedBy}`);
      }
      return bump({ state: 'claimed', claimedBy: t.by }, entry(t, 'claimed'));
    case 'replied':
      // A reply after the window closed still closes the loop: the alert says replied (late),
      // and reports count it as late rather than missed.
      if (alert.state === 'expired') {
        return bump(
          { state: 'replied', resolvedAt: t.at, resolvedBy: t.by },
          entry(t, 'replied', `on ${t.via}, after the deadline`),
        );
      }
      requireActive();
      return bump(
        { state: 'replied', resolvedAt: t.at, resolvedBy: t.by },
        entry(t, 'replied', `on ${t.via}`),
      );
    case 'dismiss':
      requireActive();
      return bump({ state: 'dismissed', resolvedAt: t.at, resolvedBy: t.by }, entry(t, 'dismissed'));
    case 'snooze': {
      requireActive();
      const until = new Date(now.getTime() + t.seconds * 1000).toISOString();
      return bump({ snoozedUntil: until }, entry(t, 'snoozed', `escalation paused until ${until}`));
    }
    case 'relabel':
      if (t.to === 'none') {
        return bump(
          { state: isActive(alert.state) ? 'dismissed' : alert.state, resolvedAt: alert.resolvedAt ?? t.at },
          entry(t, 'relabelled', `${alert.type} → none`),
        );
      }
      return bump({ type: t.to }, entry(t, 'relabelled', `${alert.type} → ${t.to}`));
    case 'expire':
      requireActive();
      return bump(
        { state: 'expired', resolvedAt: t.at },
        entry(t, 'expired', 'deadline passed without a reply'),
      );
    case 'reopen': {
      if (isActive(alert.state)) throw new TransitionRefused('not_resolved', 'alert is still open');
      const { resolvedAt: _r, resolvedBy: _b, claimedBy: _c, snoozedUntil: _s, ...rest } = alert;
      const reopened: Alert = {
        ...rest,
        state: 'open',
        history: [...alert.history, entry(t, 'reopened', 'new customer message')],
        version: alert.version + 1,
      };
      return { ...reopened, nextStepAt: nextStepAt(reopened, now).toISOString() };
    }
  }
}
