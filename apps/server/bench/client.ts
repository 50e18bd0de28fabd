/**
 * The benchmarks' HTTP client: signing in as a person does, calling the API with a session, the
 * application started in this process, and the closed-loop load generator.
 */
import http from 'node:http';
import { buildApp } from '../src/app.ts';
import type { Database } from '../src/db/client.ts';
import { TEST_APP_CONFIG } from '../test/app-config.ts';
import { PASSWORD, passSecondFactorWith } from '../test/factories.ts';
import { postOn } from './util.ts';

/** A signed-in session: its cookies (`a=1; b=2`) and its CSRF token. */
export interface Session {
  cookie: string;
  csrf: string;
}

/** A POST of a signed-in session over HTTP (for `passSecondFactorWith`). */
export function sessionPost(base: string, session: Session) {
  return async (url: string, payload?: unknown) => {
    const r = await fetch(`${base}${url}`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    return { status: r.status, text: await r.text() };
  };
}

/** Signs a user in over HTTP, passing the second factor their role requires, like a person. */
export async function signIn(base: string, email: string): Promise<Session> {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`sign-in of ${email}: ${r.status} ${await r.text()}`);
  const me = (await r.json()) as { csrfToken: string; secondFactor: string };
  const session = {
    cookie: r.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
    csrf: me.csrfToken,
  };
  await passSecondFactorWith(sessionPost(base, session), email, me.secondFactor);
  return session;
}

/** GETs `path` (POSTs `body` as JSON when given) with the session; throws unless it succeeds. */
export async function call<T>(
  base: string,
  session: Session,
  path: string,
  body?: unknown,
): Promise<T> {
  const r = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (r.status >= 300) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** The application on `database` in this process, listening on a free loopback port. */
export async function listenInProcess(
  database: Database,
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = await buildApp(database, TEST_APP_CONFIG);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}

/** One request of a load: a JSON body POSTed to `path`, with more headers if given. */
export interface LoadRequest {
  path: string;
  body: string;
  headers?: Record<string, string>;
}

/**
 * A closed-loop load: `connections` keep-alive connections, each sending its next POST as soon as
 * the previous one is answered, until the `count` requests (`request(i)`) are all sent.
 */
export async function closedLoop(
  base: string,
  count: number,
  request: (i: number) => LoadRequest,
  connections: number,
) {
  const u = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = new Array<number>(count);
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) {
        const i = next++;
        const s = performance.now();
        const { path, body, headers } = request(i);
        const status = await postOn(
          agent,
          u,
          path,
          { 'content-type': 'application/json', ...headers },
          body,
        );
        latencies[i] = performance.now() - s;
        if (status !== 200) failures++;
      }
    }),
  );
  const rate = count / ((performance.now() - started) / 1000);
  agent.destroy();
  return { rate, latencies: latencies.sort((a, b) => a - b), failures };
}

/** `closedLoop` of the same JSON `body` POSTed to each of `paths`. */
export function load(base: string, paths: string[], body: string, connections: number) {
  return closedLoop(base, paths.length, (i) => ({ path: paths[i] ?? '', body }), connections);
}
