/** Routing: the managers' config file, its validation, and the decisions it makes. */
export { brandContext, isBrandAuthor } from './brand.ts';
export { addBusinessTime, deadlineFor, isBusinessTime } from './business-hours.ts';
export type { AuthorStats, RouteInput, RuleOutcome } from './decide.ts';
export { decideRoute, evaluateRules } from './decide.ts';
export { formatDuration, parseDuration } from './duration.ts';
export type { ConfigIssue } from './errors.ts';
export { ConfigError, formatIssue } from './errors.ts';
export { loadRoutingConfigFile, parseRoutingConfig } from './parse.ts';
export { DEFAULT_ROUTING_FILE, loadRuntimeConfig, routingDefine, watchRoutingConfig } from './runtime.ts';
export type { RoutingConfig } from './types.ts';
