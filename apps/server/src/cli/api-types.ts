/**
 * Writes the web app's API types from the server's OpenAPI document, built in-process: the
 * application is assembled on a database that is never queried (no server, no network), its
 * document rendered, and `openapi-typescript` turns it into `apps/web/src/api-schema.d.ts`.
 *
 *   tsx apps/server/src/cli/api-types.ts           writes the file
 *   tsx apps/server/src/cli/api-types.ts --check   fails when the file is not what it would write
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { buildApp } from '../app.ts';
import type { Database, Db } from '../db/client.ts';
import { SERVER_ROOT } from '../paths.ts';

export const API_TYPES_FILE = path.resolve(SERVER_ROOT, '../web/src/api-schema.d.ts');

/** A database that refuses every query: building the routes and their schemas needs none. */
function noDatabase(): Database {
  const refuse = (): never => {
    throw new Error('the OpenAPI document is built without a database');
  };
  return {
    db: new Proxy({}, { get: refuse }) as Db,
    kind: 'pglite',
    migrate: refuse,
    poolUse: () => ({ total: 0, idle: 0, waiting: 0, max: 0 }),
    // Nothing to hear: the sessions cache stays inactive.
    listen: () => async () => undefined,
    close: async () => undefined,
  };
}

/** The OpenAPI document `GET /api/openapi.json` serves. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp(noDatabase(), {
    secureCookies: false,
    sessionHours: 1,
    webDist: '/nonexistent',
    logLevel: 'silent',
    metricsToken: undefined,
  });
  try {
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json: ${res.statusCode}`);
    return res.json();
  } finally {
    await app.close();
  }
}

/** The text of `api-schema.d.ts`, formatted as the repository's Prettier settings say. */
export async function apiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(await openApiDocument()), {
    alphabetize: true,
    silent: true,
  });
  const banner =
    "/**\n * Generated from the server's OpenAPI document by `npm run api-types`: do not edit.\n */\n";
  const text = banner + astToString(ast);
  const options = (await resolveConfig(API_TYPES_FILE)) ?? {};
  return format(text, { ...options, filepath: API_TYPES_FILE });
}

async function run(args: string[]): Promise<number> {
  const text = await apiTypes();
  const current = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
  if (args.includes('--check')) {
    if (current === text) return 0;
    console.error(
      `${path.relative(process.cwd(), API_TYPES_FILE)} is out of date: run \`npm run api-types\`.`,
    );
    return 1;
  }
  if (current !== text) await writeFile(API_TYPES_FILE, text);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
