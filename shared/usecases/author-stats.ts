/** The counts rules and cards read, from an author's profile. */

import { type AuthorProfile, excludedMoment, totalCounts, windowCounts } from '../domain/author-profile.ts';
import type { Label } from '../domain/detection.ts';
import type { AuthorStats } from './ports.ts';

/**
 * Counts at `now`: all time and over 30, 90 and 365 days. `except` leaves out the author's moment in
 * one thread (found in the profile, else by the thread's marker): rules judge earlier moments only.
 */
export function statsOf(
  profile: AuthorProfile,
  now: Date,
  except?: { threadId: string; marker?: { label: Label; at: string } },
): AuthorStats {
  const excluded = except ? excludedMoment(profile, except.threadId, except.marker) : undefined;
  return {
    ...totalCounts(profile, excluded),
    ...(profile.firstSeen ? { firstSeen: profile.firstSeen } : {}),
    ...(profile.lastSeen ? { lastSeen: profile.lastSeen } : {}),
    platforms: [...profile.platforms],
    ...(profile.lastOutcome
      ? { lastOutcome: { outcome: profile.lastOutcome.outcome, at: profile.lastOutcome.at } }
      : {}),
    last30d: windowCounts(profile, now, 30, excluded),
    last90d: windowCounts(profile, now, 90, excluded),
    last365d: windowCounts(profile, now, 365, excluded),
  };
}
