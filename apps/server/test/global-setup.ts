import { writeFile, rm, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectPostgres, openPglite } from '../src/db/client.ts';
import { loadReferenceData } from '../src/registry/reference-data.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
    pgTemplate: string | null;
    pgliteDump: string | null;
    runId: string;
  }
}

/**
 * Migrates one template database per run; each test file then starts from a copy of it:
 * `CREATE DATABASE … TEMPLATE` on PostgreSQL, a data-directory dump on PGlite.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL ?? null;
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  project.provide('runId', runId);
  project.provide('pgUrl', url);
  if (url) {
    const template = `fs_tpl_${runId}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const database = connectPostgres(withDatabase(url, template), 2);
    await database.migrate();
    await loadReferenceData(database.db);
    await database.close();
    project.provide('pgTemplate', template);
    project.provide('pgliteDump', null);
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`fs_%${runId}%`],
      );
      for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
      await admin.end();
      await removeSeededTemplate(runId);
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fieldsafe-test-'));
  const database = await openPglite(undefined);
  await database.migrate();
  await loadReferenceData(database.db);
  if (!database.client) throw new Error('PGlite client missing');
  const dump = await database.client.dumpDataDir('none');
  await database.close();
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgTemplate', null);
  project.provide('pgliteDump', file);
  return async () => {
    await rm(dir, { recursive: true, force: true });
    await removeSeededTemplate(runId);
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Where the run keeps the seeded data folder of the command-line tests (test/data-dir.ts). */
export function seededTemplatePath(runId: string): string {
  return path.join(os.tmpdir(), `fieldsafe-seeded-${runId}`);
}

async function removeSeededTemplate(runId: string): Promise<void> {
  const dir = seededTemplatePath(runId);
  for (const p of [dir, `${dir}.partial`, `${dir}.lock`])
    await rm(p, { recursive: true, force: true });
}
