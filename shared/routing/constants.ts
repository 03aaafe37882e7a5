/**
 * Routing constants that running code needs without the routing file's schema: a Lambda gets its
 * config validated and baked at synth, so it must not load the schema (and zod) to read these.
 */
export const MIN_WINDOW_SECONDS = 30;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
