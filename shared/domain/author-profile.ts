/**
 * An author's profile: what Beacon knows of one author on one platform, kept up to date from every
 * detection and read as one item. Moments (one per thread the author spoke in, labelled by their
 * first moment there) are counted per UTC day for the last year, so the counts over 30, 90 and 365
 * days all come from this one item, trimmed as it is written. Pure functions only.
 */
import { LABELS, type Label } from './detection.ts';

/** Day buckets kept: the longest window read is a year. */
export const PROFILE_DAYS = 365;
/**
 * Threads most recently counted. A moment is counted in the profile first and its marker item is
 * written after; a retry in between finds the thread here and does not count it twice.
 */
export const RECENT_THREADS = 50;

export type LabelCounts = Partial<Record<Label, number>>;

export type AlertOutcome = 'replied' | 'expired' | 'dismissed';

export interface AuthorProfile {
  platform: string;
  authorId: string;
  firstSeen?: string;
  lastSeen?: string;
  /** Moments per label, all time. */
  totals: Record<Label, number>;
  /** Moments per UTC day (YYYY-MM-DD) and label, the last PROFILE_DAYS days. */
  days: Record<string, LabelCounts>;
  /** Platforms the author was seen on (one, for a profile per platform and author; kept as a list). */
  platforms: string[];
  /** Moments per detected language. */
  languages: Record<string, number>;
  /** How the author's last closed alert ended. */
  lastOutcome?: { alertId: string; outcome: AlertOutcome; at: string };
  /** Times from an alert opening to the brand's reply: how many, their sum and the last, in seconds. */
  replies: { count: number; totalSeconds: number; lastSeconds?: number };
  /** The threads counted most recently, newest last, with their moment's label and day. */
  recent: Array<{ threadId: string; label: Label; day: string }>;
  /** 0 while not stored; every write is conditional on it. */
  version: number;
}

export interface Moment {
  threadId: string;
  label: Label;
  /** When the post was made (ISO). */
  at: string;
  lang?: string;
}

const dayOf = (iso: string): string => iso.slice(0, 10);
const zero = (): Record<Label, number> => ({ praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0 });

export const emptyProfile = (platform: string, authorId: string): AuthorProfile => ({
  platform,
  authorId,
  totals: zero(),
  days: {},
  platforms: [platform],
  languages: {},
  replies: { count: 0, totalSeconds: 0 },
  recent: [],
  version: 0,
});

/** The first day still inside a window of `days` days ending on the day of `now`. */
const firstDay = (now: Date, days: number): string =>
  new Date(Date.parse(now.toISOString().slice(0, 10)) - (days - 1) * 86_400_000).toISOString().slice(0, 10);

function bump(counts: LabelCounts, label: Label, by: number): LabelCounts {
  const n = (counts[label] ?? 0) + by;
  const { [label]: _, ...rest } = counts;
  return n > 0 ? { ...rest, [label]: n } : rest;
}

function bumpDay(days: Record<string, LabelCounts>, day: string, label: Label, by: number) {
  const counts = bump(days[day] ?? {}, label, by);
  const { [day]: _, ...rest } = days;
  return Object.keys(counts).length > 0 ? { ...rest, [day]: counts } : rest;
}

/** The thread's counted moment, when the profile still remembers it. */
export const countedThread = (profile: AuthorProfile, threadId: string) =>
  profile.recent.find((r) => r.threadId === threadId);

/**
 * The profile with the moment counted. `previous` is the thread's moment counted earlier as chatter
 * ('none'), which this one replaces (a moment is never relabelled otherwise). Day buckets older than
 * a year are dropped.
 */
export function addMoment(
  profile: AuthorProfile,
  moment: Moment,
  now: Date,
  previous?: { label: Label; at: string },
): AuthorProfile {
  const day = dayOf(moment.at);
  let days = bumpDay(profile.days, day, moment.label, 1);
  const totals = { ...profile.totals, [moment.label]: profile.totals[moment.label] + 1 };
  if (previous) {
    totals[previous.label] = Math.max(0, totals[previous.label] - 1);
    if (days[dayOf(previous.at)]?.[previous.label])
      days = bumpDay(days, dayOf(previous.at), previous.label, -1);
  }
  const oldest = firstDay(now, PROFILE_DAYS);
  days = Object.fromEntries(Object.entries(days).filter(([d]) => d >= oldest));
  return {
    ...profile,
    firstSeen: !profile.firstSeen || moment.at < profile.firstSeen ? moment.at : profile.firstSeen,
    lastSeen: !profile.lastSeen || moment.at > profile.lastSeen ? moment.at : profile.lastSeen,
    totals,
    days,
    platforms: profile.platforms.includes(profile.platform)
      ? profile.platforms
      : [...profile.platforms, profile.platform],
    languages:
      moment.lang && moment.lang !== 'und'
        ? { ...profile.languages, [moment.lang]: (profile.languages[moment.lang] ?? 0) + 1 }
        : profile.languages,
    recent: [
      ...profile.recent.filter((r) => r.threadId !== moment.threadId),
      { threadId: moment.threadId, label: moment.label, day },
    ].slice(-RECENT_THREADS),
    version: profile.version + 1,
  };
}

/** The profile with an alert's end recorded: its outcome, and the time to reply when it was answered. */
export function addOutcome(
  profile: AuthorProfile,
  outcome: { alertId: string; outcome: AlertOutcome; at: string; replySeconds?: number },
): AuthorProfile {
  const { replySeconds, ...last } = outcome;
  return {
    ...profile,
    lastOutcome: last,
    replies:
      replySeconds === undefined
        ? profile.replies
        : {
            count: profile.replies.count + 1,
            totalSeconds: profile.replies.totalSeconds + replySeconds,
            lastSeconds: replySeconds,
          },
    version: profile.version + 1,
  };
}

/** A moment to leave out of counts: the one of the thread being handled. */
export interface Excluded {
  label: Label;
  day: string;
}

/**
 * The thread's moment as counted: from the profile's recent threads, else from its marker (for a
 * thread older than those).
 */
export function excludedMoment(
  profile: AuthorProfile,
  threadId: string,
  marker?: { label: Label; at: string },
): Excluded | undefined {
  const recent = countedThread(profile, threadId);
  if (recent) return { label: recent.label, day: recent.day };
  return marker ? { label: marker.label, day: dayOf(marker.at) } : undefined;
}

/** Moments per label over the last `days` days (the day of `now` included), one moment left out. */
export function windowCounts(
  profile: AuthorProfile,
  now: Date,
  days: number,
  except?: Excluded,
): LabelCounts {
  const from = firstDay(now, days);
  let counts: LabelCounts = {};
  for (const [day, perLabel] of Object.entries(profile.days)) {
    if (day < from) continue;
    for (const label of LABELS) if (perLabel[label]) counts = bump(counts, label, perLabel[label] ?? 0);
  }
  if (except && except.day >= from && counts[except.label]) counts = bump(counts, except.label, -1);
  return counts;
}

/** All-time counts per label, one moment left out. */
export function totalCounts(profile: AuthorProfile, except?: Excluded): Record<Label, number> {
  return except
    ? { ...profile.totals, [except.label]: Math.max(0, profile.totals[except.label] - 1) }
    : { ...profile.totals };
}
