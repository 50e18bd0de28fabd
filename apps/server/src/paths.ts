import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The server package's folder (the one holding `drizzle/`), found from this module: the same
 * whether the server runs from its sources (tsx, tests) or from the bundle in `dist/`.
 */
function serverRoot(): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'drizzle', 'meta'))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error('The server folder (with drizzle/) was not found');
  }
}

export const SERVER_ROOT = serverRoot();
