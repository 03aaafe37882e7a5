/** The JSON Schema editors use for autocompletion and checks while a manager types. */
import { z } from 'zod';
import { routingFileSchema } from './schema.ts';

export const ROUTING_SCHEMA_FILE = 'config/routing.schema.json';

/** Draft-07, which yaml-language-server (VS Code, JetBrains, Neovim) understands fully. */
export function routingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(routingFileSchema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => spellOutEnumKeys(jsonSchema as JsonObject),
  });
  return {
    ...schema,
    $id: 'https://beacon.local/routing.schema.json',
    title: 'Beacon routing config',
  };
}

type JsonObject = Record<string, unknown>;

/**
 * A map keyed by an enum (platforms, weekdays, types) becomes one property per key: editors
 * complete `properties` names but not `propertyNames` enums.
 */
function spellOutEnumKeys(node: JsonObject): void {
  const names = (node.propertyNames as JsonObject | undefined)?.enum;
  const value = node.additionalProperties;
  if (!Array.isArray(names) || typeof value !== 'object' || value === null) return;
  node.properties = Object.fromEntries(names.map((n) => [String(n), value]));
  node.additionalProperties = false;
  delete node.propertyNames;
}

/** The file's exact text, so a stale committed schema is easy to detect. */
export const routingJsonSchemaText = (): string => `${JSON.stringify(routingJsonSchema(), null, 2)}\n`;
