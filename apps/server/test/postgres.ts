import { execFile } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from './global-setup.ts';

let counter = 0;

/**
 * A new, empty database on the PostgreSQL under test (DATABASE_URL), dropped with the run's
 * others at the end; null when the tests run on the embedded database.
 */
export async function emptyPostgresDatabase(tag: string): Promise<string | null> {
  const url = inject('pgUrl');
  if (!url) return null;
  const name = `fs_${tag}_${inject('runId')}_${process.pid}_${counter++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return withDatabase(url, name);
}

const BIN = path.join(import.meta.dirname, '../bin/fieldsafe.mjs');

/** Runs `npx fieldsafe …` (the real command line) with extra environment; never throws. */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
