/**
 * Validation at the edges uses `zod/mini`, which loads no messages of its own: the full zod with
 * its locales would add about 100 ms to every function's cold start. This sets the English
 * messages (the ones the full zod sets on load), so an invalid body still says what is wrong.
 * Import it for its effect from every module that validates with `zod/mini`.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
