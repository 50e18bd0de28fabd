import { createServer, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppConfig } from '../app.ts';
import { loadConfig } from '../config.ts';
import { connectPostgres, expectedMigrations, openPglite, type Database } from '../db/client.ts';
import type { App } from '../http/types.ts';
import { emailAdapter } from '../messaging/adapters.ts';
import { deliverDue } from '../messaging/worker.ts';
import { buildUser, buildWorld, signIn } from '../../test/factories.ts';
import { testDatabase } from '../../test/harness.ts';
import { emptyPostgresDatabase } from '../../test/postgres.ts';

const TOKEN = 'metrics-token-0123456789-abcdefghij';
const BASE: AppConfig = {
  secureCookies: false,
  sessionHours: 1,
  webDist: '/nonexistent',
  logLevel: 'silent',
  rateLimits: { login: 1_000_000, checkin: 1_000_000, writes: 1_000_000 },
};

/** The value of one sample of the Prometheus text, or undefined when absent. */
function sample(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const body = /\{(.*)\}/.exec(line)?.[1] ?? '';
    if (Object.entries(labels).every(([k, v]) => body.includes(`${k}="${v}"`)))
      return Number(line.split(' ').at(-1));
  }
  return undefined;
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('operations: readiness, metrics and request ids', () => {
  let database: Database;
  let app: App;
  const apps: App[] = [];
  const make = async (config: Partial<AppConfig>, db = database) => {
    const a = await buildApp(db, { ...BASE, ...config });
    await a.ready();
    apps.push(a);
    return a;
  };
  const metrics = async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    database = await testDatabase();
    app = await make({ metricsToken: TOKEN });
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await database.close();
  });

  it('readyz answers ready when the database answers and holds every migration', async () => {
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    const { count } = expectedMigrations();
    expect(res.json()).toEqual({
      status: 'ready',
      database: database.kind,
      migrations: { applied: count, expected: count },
    });
  });

  it('readyz answers 503 on a database whose migrations are not applied', async () => {
    const url = await emptyPostgresDatabase('ready');
    const empty = url ? connectPostgres(url, 2) : await openPglite(undefined);
    try {
      const bare = await make({}, empty);
      const res = await bare.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'not_ready', reason: /migrations pending/ });
      await bare.close();
    } finally {
      await empty.close();
    }
  });

  it('readyz answers 503 when the database refuses connections, and metrics report it down', async () => {
    const gone = connectPostgres(
      `postgres://postgres@127.0.0.1:${await closedPort()}/fieldsafe`,
      1,
    );
    try {
      const a = await make({ metricsToken: TOKEN }, gone);
      const res = await a.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'not_ready', reason: /database unreachable/ });
      // Metrics still answer, and say the database did not.
      const scraped = await a.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(scraped.statusCode).toBe(200);
      expect(sample(scraped.body, 'fieldsafe_database_up')).toBe(0);
      await a.close();
    } finally {
      await gone.close();
    }
  });

  it('readyz answers 503 within about 2 s when the database accepts but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const hung = connectPostgres(`postgres://postgres@127.0.0.1:${port}/fieldsafe`, 1);
    try {
      const a = await make({}, hung);
      const started = Date.now();
      const res = await a.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ reason: /no answer within 2000 ms/ });
      expect(Date.now() - started).toBeLessThan(5_000);
      await a.close();
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
      await hung.close();
    }
  });

  it('a short or spaced FIELDSAFE_METRICS_TOKEN, or an unknown FIELDSAFE_LOG_FORMAT, stops start-up naming the variable', () => {
    expect(() => loadConfig({ FIELDSAFE_METRICS_TOKEN: 'short' })).toThrow(
      /FIELDSAFE_METRICS_TOKEN: must be at least 32 characters/,
    );
    expect(() => loadConfig({ FIELDSAFE_METRICS_TOKEN: `${'x'.repeat(32)} y` })).toThrow(
      /FIELDSAFE_METRICS_TOKEN: must be printable ASCII without spaces/,
    );
    expect(() => loadConfig({ FIELDSAFE_LOG_FORMAT: 'xml' })).toThrow(/FIELDSAFE_LOG_FORMAT/);
    const config = loadConfig({ FIELDSAFE_METRICS_TOKEN: TOKEN, FIELDSAFE_LOG_FORMAT: 'json' });
    expect(config.metricsToken).toBe(TOKEN);
    expect(config.logFormat).toBe('json');
    expect(loadConfig({}).metricsToken).toBeUndefined();
  });

  it('without FIELDSAFE_METRICS_TOKEN there is no metrics endpoint (404)', async () => {
    const a = await make({});
    const res = await a.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(404);
  });

  it('metrics refuse a missing or wrong token (401) and answer Prometheus text with the right one', async () => {
    const none = await app.inject({ method: 'GET', url: '/metrics' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    const wrong = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.statusCode).toBe(200);
    expect(right.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(right.body).toContain('# TYPE fieldsafe_http_request_duration_seconds histogram');
    expect(sample(right.body, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('requests are counted by route pattern, never by raw URL; crises, queue, failures and pool are reported', async () => {
    const db = database.db;
    const w = await buildWorld(db);
    const officer = await buildUser(db, w, 'DO');
    await buildUser(db, w, 'staff');
    const client = await signIn(app, officer.email);
    const before = await metrics();
    const crises = sample(before, 'fieldsafe_active_crises') ?? NaN;
    expect(sample(before, 'fieldsafe_delivery_queue_depth', { channel: 'email' })).toBe(0);

    const declared = await client.post('/api/crises', {
      countryId: w.country.id,
      title: 'Metrics drill',
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const crisisId = String(declared.body.id);
    for (let i = 0; i < 3; i++)
      expect((await client.get(`/api/crises/${crisisId}/board`)).status).toBe(200);
    await app.inject({ method: 'GET', url: '/no/such/page/123' });

    const after = await metrics();
    expect(
      sample(after, 'fieldsafe_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/crises/:id/board',
        status_code: '200',
      }),
    ).toBe(3);
    expect(after).not.toContain(crisisId);
    expect(after).not.toContain('/no/such/page');
    expect(
      sample(after, 'fieldsafe_http_request_duration_seconds_count', {
        route: '(unmatched)',
        status_code: '404',
      }),
    ).toBe(1);
    expect(sample(after, 'fieldsafe_active_crises')).toBe(crises + 1);
    expect(sample(after, 'fieldsafe_database_up')).toBe(1);
    const emails = sample(after, 'fieldsafe_delivery_queue_depth', { channel: 'email' }) ?? 0;
    expect(emails).toBeGreaterThanOrEqual(2);
    expect(
      sample(after, 'fieldsafe_delivery_queue_depth', { channel: 'in_app' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(after, 'fieldsafe_delivery_queue_oldest_seconds', { channel: 'email' }),
    ).toBeGreaterThanOrEqual(0);
    expect(sample(after, 'fieldsafe_delivery_queue_oldest_seconds', { channel: 'sms' })).toBe(0);
    expect(sample(after, 'fieldsafe_db_pool_max')).toBeGreaterThanOrEqual(1);
    expect(
      sample(after, 'fieldsafe_db_pool_connections', { state: 'total' }),
    ).toBeGreaterThanOrEqual(1);

    // The e-mail server is down: with one attempt allowed, every e-mail fails.
    const smtp = emailAdapter(`smtp://127.0.0.1:${await closedPort()}`);
    let taken = 1;
    while (taken > 0) taken = await deliverDue(db, { email: smtp }, { maxAttempts: 1 });
    const failed = await metrics();
    expect(sample(failed, 'fieldsafe_delivery_failed_messages', { channel: 'email' })).toBe(emails);
    expect(sample(failed, 'fieldsafe_delivery_queue_depth', { channel: 'email' })).toBe(0);
  });

  describe('request ids in the logs', () => {
    const logged = (lines: string[], path: string) =>
      lines
        .map((l) => JSON.parse(l) as { reqId?: string; path?: string; route?: string; msg: string })
        .find((e) => e.path === path);
    const capture = () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(...chunk.toString().split('\n').filter(Boolean));
          done();
        },
      });
      return { lines, stream };
    };

    it('every request is logged once, as a structured line with its route and a fresh request id', async () => {
      const { lines, stream } = capture();
      const a = await make({ logLevel: 'info', logStream: stream });
      await a.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': 'forged-id' },
        remoteAddress: '127.0.0.1',
      });
      const entry = logged(lines, '/healthz');
      expect(entry?.msg).toMatch(/^GET \/healthz 200 \d+ms$/);
      expect(entry?.route).toBe('/healthz');
      expect(entry?.reqId).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.filter((l) => l.includes('request completed'))).toEqual([]);
    });

    it('X-Request-ID is taken from a trusted proxy only', async () => {
      const { lines, stream } = capture();
      const a = await make({
        logLevel: 'info',
        logStream: stream,
        trustedProxies: ['10.0.0.0/8'],
      });
      await a.inject({
        method: 'GET',
        url: '/healthz?via=proxy',
        headers: { 'x-request-id': 'nginx-4f2a9c' },
        remoteAddress: '10.1.2.3',
      });
      expect(logged(lines, '/healthz')?.reqId).toBe('nginx-4f2a9c');
      lines.length = 0;
      await a.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': 'nginx-forged' },
        remoteAddress: '192.0.2.7',
      });
      expect(logged(lines, '/healthz')?.reqId).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
