import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded database has one connection: a server holding a data folder writes its process id
 * to `server.pid` there and removes it when it stops; command-line tools refuse a folder held by a
 * running server. A file left by a server that died (no such process) is ignored.
 */
export const LOCK_FILE = 'server.pid';

/** The process id of a running server holding the folder, or null. */
export function heldBy(dataDir: string): number | null {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, LOCK_FILE), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** Marks the folder as held by this process; returns the function that releases it. */
export function holdDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  writeFileSync(file, `${process.pid}\n`);
  const release = () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {
      /* already gone */
    }
  };
  process.once('exit', release);
  return release;
}

/** The message a command shows when the folder is in use. */
export function inUseMessage(dataDir: string, pid: number): string {
  return `The embedded database in ${dataDir} is in use by a running Fieldsafe server (process ${pid}). Stop the server first (it has the only connection), or point DATABASE_URL at a PostgreSQL server.`;
}

export class DataDirInUse extends Error {
  constructor(dataDir: string, pid: number) {
    super(inUseMessage(dataDir, pid));
    this.name = 'DataDirInUse';
  }
}

/** Throws `DataDirInUse` when a running server holds the embedded data folder. */
export function assertNotHeld(dataDir: string): void {
  const pid = heldBy(dataDir);
  if (pid) throw new DataDirInUse(dataDir, pid);
}
