/** Event factories for specs: a valid object by default, overridden where a spec cares. */
import type { Mention } from '../../shared/domain/mention.ts';
import type { Route } from '../../shared/domain/route.ts';

export const T0 = new Date('2026-03-02T10:00:00.000Z');

export const aMention = (overrides: Partial<Mention> = {}): Mention => ({
  platform: 'x',
  id: 'p1',
  threadId: 'p1',
  text: 'my order is late',
  createdAt: T0.toISOString(),
  receivedAt: T0.toISOString(),
  kind: 'post',
  author: { id: 'u1', handle: 'maria' },
  ...overrides,
});

export const aRoute = (overrides: Partial<Route> = {}): Route => ({
  rule: 'default',
  reasons: [],
  label: 'complaint',
  drop: false,
  channel: 'complaints',
  copyTo: [],
  windowSeconds: 3600,
  mentions: [],
  escalations: [],
  ...overrides,
});
