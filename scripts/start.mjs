// `npm start`: builds the web app and the server bundle when missing or older than their sources,
// then runs the server (migrations, reference data and the demo country on first start are done by the server).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, newest } from './build-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'apps/web');
const built = path.join(web, 'dist/index.html');

const sources = [
  path.join(web, 'src'),
  path.join(web, 'public'),
  path.join(web, 'index.html'),
  path.join(web, 'vite.config.ts'),
  path.join(web, 'catalogueParts.ts'),
  // The web app imports the shared rules, so a change there needs a rebuild too.
  path.join(root, 'packages/core/src'),
].filter(existsSync);
const stale = !existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
if (stale) {
  console.log('Building the web app…');
  const r = spawnSync('npm', ['run', 'build', '--workspace', 'apps/web'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The server runs from a bundle (rebuilt when its sources changed), with no TypeScript loader.
const main = await buildServer('src/main.ts', 'main');
await import(pathToFileURL(main).href);
