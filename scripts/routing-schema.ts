/**
 * Regenerates config/routing.schema.json from the zod schema in shared/routing/schema.ts.
 * `--check` exits 1 when the committed file is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ROUTING_SCHEMA_FILE, routingJsonSchemaText } from '../shared/routing/json-schema.ts';

const text = routingJsonSchemaText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(ROUTING_SCHEMA_FILE, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current !== text) {
    console.error(`${ROUTING_SCHEMA_FILE} is stale: run npx tsx scripts/routing-schema.ts`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(ROUTING_SCHEMA_FILE, text);
  console.log(`wrote ${ROUTING_SCHEMA_FILE}`);
}
