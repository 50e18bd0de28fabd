import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type AppConfig } from '../src/app.ts';
import { connectPostgres, openPglite, type Database } from '../src/db/client.ts';
import type { App } from '../src/http/types.ts';
import { TEST_APP_CONFIG } from './app-config.ts';
import { withDatabase } from './global-setup.ts';

let counter = 0;

/** A fresh database for this test file, copied from the migrated template. */
export async function testDatabase(): Promise<Database> {
  const url = inject('pgUrl');
  const template = inject('pgTemplate');
  if (url && template) {
    const name = `fs_t_${inject('runId')}_${process.pid}_${counter++}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    return connectPostgres(withDatabase(url, name), 4);
  }
  const dump = inject('pgliteDump');
  if (!dump) throw new Error('global setup provided no database');
  return openPglite(undefined, new Blob([await readFile(dump)]));
}

export interface TestApp {
  app: App;
  database: Database;
}

/** What the running test file's `testApp` calls opened, newest last. */
const opened: TestApp[] = [];

/**
 * Closes what the running test file's `testApp` calls opened, newest first: run after each
 * file's last test (`test/cleanup.ts`). An `afterAll` registered from inside a `beforeAll`,
 * where most files call `testApp`, never runs: the app's workers and its connections outlived
 * the file, and only the end of the file's process closed them.
 */
export async function closeTestApps() {
  for (const { app, database } of opened.splice(0).reverse()) {
    await app.close();
    await database.close();
  }
}

/** The whole HTTP application on a fresh database, closed after the file's tests. */
export async function testApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await testDatabase();
  const app = await buildApp(database, { ...TEST_APP_CONFIG, ...overrides });
  opened.push({ app, database });
  await app.ready();
  return { app, database };
}
