/* global setTimeout, clearTimeout */
// A fresh demo server for the scripts that look at the app in a browser (Lighthouse, the README's
// screenshots): `npm start`'s entry point on a free port with its own embedded database.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Starts the server; resolves with its URL (on 127.0.0.1) and a `stop` that removes its data. */
export async function startDemoServer(prefix = 'fieldsafe-script-') {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), prefix));
  // As from a person's shell: no DATABASE_URL, and no NODE_ENV a test runner may have set.
  const { DATABASE_URL: _ignored, NODE_ENV: _mode, ...env } = process.env;
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...env, PORT: '0', HOST: '127.0.0.1', FIELDSAFE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 300_000);
    const onData = (chunk) => {
      output += chunk.toString();
      const m = /Fieldsafe is running: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
