// Bundles a server entry point (TypeScript, with @fieldsafe/core) into one ES module under
// apps/server/dist, run by plain Node: no TypeScript loader in the running server (its hooks
// thread alone held ~75 MB). Dependencies stay external, loaded from node_modules as usual.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const server = path.join(root, 'apps/server');
const SOURCES = [path.join(server, 'src'), path.join(root, 'packages/core/src')];

/** The audit chainer's worker thread: entry and bundle name (see src/audit/chainer-thread.ts). */
const CHAINER = ['src/audit/chainer-worker.ts', 'audit-chainer'];

/** The latest modification time of a file, or of any file below a folder (ms). */
export function newest(file) {
  if (!statSync(file).isDirectory()) return statSync(file).mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(file)) latest = Math.max(latest, newest(path.join(file, entry)));
  return latest;
}

/**
 * Builds `entry` (a path relative to apps/server) into apps/server/dist/<name>.mjs unless the
 * bundle is newer than every source; resolves with the bundle's path.
 */
export async function buildServer(entry, name) {
  const outfile = path.join(server, 'dist', `${name}.mjs`);
  const input = path.join(server, entry);
  const stale =
    !existsSync(outfile) ||
    Math.max(...[input, ...SOURCES].map(newest)) > statSync(outfile).mtimeMs;
  if (stale) {
    const pkg = JSON.parse(readFileSync(path.join(server, 'package.json'), 'utf8'));
    const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
      .filter((d) => d !== '@fieldsafe/core')
      .flatMap((d) => [d, `${d}/*`]);
    const result = await build({
      entryPoints: [input],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external,
      sourcemap: 'linked',
      logLevel: 'warning',
      write: false,
    });
    // Written beside and renamed into place (the map first), so that processes building the
    // same bundle at once (tests running the command line in parallel) never read half a file.
    mkdirSync(path.dirname(outfile), { recursive: true });
    const files = [...result.outputFiles].sort((a) => (a.path.endsWith('.map') ? -1 : 1));
    for (const file of files) {
      const temp = `${file.path}.${process.pid}.tmp`;
      writeFileSync(temp, file.contents);
      renameSync(temp, file.path);
    }
  }
  // Every server bundle may start the audit chainer's thread, which loads its own bundle beside it.
  if (name !== CHAINER[1]) await buildServer(...CHAINER);
  return outfile;
}
