/**
 * The messages of the sign-in page and the app's frame before sign-in: each language's catalogue
 * is cut in two at build time (vite.config.ts, `?part=shell|rest`), so the login route downloads
 * these few keys and not the 1,500 others. `shell.test.ts` checks that every key the login
 * route's files name is one of them.
 */
const PREFIXES = ['app.', 'login.', 'common.'];
const KEYS = new Set(['nav.language']);

export function isShellKey(key: string): boolean {
  return KEYS.has(key) || PREFIXES.some((p) => key.startsWith(p));
}
