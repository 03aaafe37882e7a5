/**
 * Where a running local stack can be reached: `<dataDir>/endpoints.json`, written at start and
 * removed at stop, so tools (`beacon explain`) can talk to it while it holds the data folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface LocalEndpoints {
  dynamodb: string;
  table: string;
}

export const endpointsFile = (dataDir: string): string => join(dataDir, 'endpoints.json');

export async function writeEndpoints(dataDir: string, endpoints: LocalEndpoints): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const file = endpointsFile(dataDir);
  await writeFile(file, `${JSON.stringify(endpoints, null, 2)}\n`);
  return file;
}

export function readEndpoints(dataDir: string): LocalEndpoints | undefined {
  const file = endpointsFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LocalEndpoints) : undefined;
}
