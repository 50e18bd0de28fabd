import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import pg from 'pg';
import { connectPostgres, type Database } from '../src/db/client.ts';
import { loadReferenceData } from '../src/registry/reference-data.ts';
import { withDatabase } from '../test/global-setup.ts';

export interface BenchResult {
  name: string;
  /** The absolute figure, formatted with its unit. */
  value: string;
  /** The target: a ratio to the baseline (`≤ 3×`), or an absolute limit where there is no baseline. */
  target: string;
  ok: boolean;
  /** The figure and its limit as numbers, so `--smoke` can judge it (lower is better unless `higherIsBetter`). */
  measured?: number;
  limit?: number;
  higherIsBetter?: boolean;
  /** The baseline's figure measured in the same run, formatted with its unit (ratio figures only). */
  baseline?: string;
  /** value ÷ baseline (ratio figures only: then `measured` and `limit` are ratios too). */
  ratio?: number;
}

/** CPU time (user + system, ms) in a /proc/<pid>/stat line: utime and stime, ticks of 10 ms. */
const statCpuMs = (stat: string) => {
  const fields = stat.split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10; // CLK_TCK is 100 on Linux
};

/** CPU time (user + system, ms) used so far by a process (Linux /proc; 0 once it is gone). */
export function cpuMs(pid: number): number {
  try {
    return statCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0;
  }
}

/** CPU time (ms) used so far by every PostgreSQL process of the machine (backends and helpers). */
export function postgresCpuMs(): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.includes('(postgres)')) total += statCpuMs(stat);
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/**
 * The CPU that `count` requests cost a server process and PostgreSQL while `run` sends them, in
 * ms per request: where a throughput ratio comes from on a machine whose cores all three share.
 */
export async function cpuPerRequest<T>(pid: number, count: number, run: () => Promise<T>) {
  const server0 = cpuMs(pid);
  const postgres0 = postgresCpuMs();
  const result = await run();
  return {
    result,
    server: (cpuMs(pid) - server0) / count,
    postgres: (postgresCpuMs() - postgres0) / count,
  };
}

/**
 * A figure judged as a ratio to a baseline measured in the same run: `measured / baseline` must be
 * ≤ `limit` (≥ with `higherIsBetter`). `correct: false` (lost or wrong data) fails whatever the speed.
 */
export function ratioResult(r: {
  name: string;
  measured: number;
  baseline: number;
  unit: string;
  limit: number;
  higherIsBetter?: boolean;
  correct?: boolean;
  digits?: number;
}): BenchResult {
  const ratio = r.measured / r.baseline;
  const correct = r.correct ?? true;
  const f = (x: number) =>
    `${x.toLocaleString('en', { maximumFractionDigits: r.digits ?? 1, minimumFractionDigits: r.digits ?? 1 })}${r.unit}`;
  return {
    name: r.name,
    value: f(r.measured),
    baseline: f(r.baseline),
    ratio,
    target: `${r.higherIsBetter ? '≥' : '≤'} ${r.limit}×`,
    ok: correct && (r.higherIsBetter ? ratio >= r.limit : ratio <= r.limit),
    // NaN (a wrong result) fails every comparison, under --smoke too.
    measured: correct ? ratio : NaN,
    limit: r.limit,
    ...(r.higherIsBetter ? { higherIsBetter: true } : {}),
  };
}

/** A rate in requests a second, at least `limit`× the baseline's (1× unless given). */
export const rateResult = (r: {
  name: string;
  measured: number;
  baseline: number;
  limit?: number;
  correct?: boolean;
}): BenchResult =>
  ratioResult({ unit: '/s', digits: 0, higherIsBetter: true, ...r, limit: r.limit ?? 1.0 });

/**
 * `npm run bench -- --smoke`: small data, a collapse guard for CI. A figure fails only when it is
 * 10× or more worse than its target (small data on a busy CI machine is not the real benchmark).
 */
export const SMOKE = process.argv.includes('--smoke');

/** The full-size parameter, or the small one under `--smoke`. */
export const size = (full: number, smoke: number) => (SMOKE ? smoke : full);

/** Under `--smoke`, a result with numbers passes unless it is ≥ 10× worse than its limit. */
export function judged(r: BenchResult): BenchResult {
  if (!SMOKE || r.measured === undefined || r.limit === undefined) return r;
  // NaN (a wrong result, not a slow one) fails every comparison.
  const ok = r.higherIsBetter ? r.measured * 10 > r.limit : r.measured < r.limit * 10;
  return { ...r, ok };
}

export const BASE_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Drops left to finish (under `--smoke` they run while the next suite works). */
const drops: Promise<unknown>[] = [];
let template: Promise<string> | undefined;

/** One migrated database with the reference data per run: each suite's database is a copy. */
function migratedTemplate(admin: pg.Client): Promise<string> {
  template ??= (async () => {
    const name = `fs_bench_tpl_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
    await admin.query(`create database ${name}`);
    const database = connectPostgres(withDatabase(BASE_URL, name), 2);
    try {
      await database.migrate();
      await loadReferenceData(database.db);
    } finally {
      await database.close();
    }
    return name;
  })();
  return template;
}

/** A migrated scratch database on the real PostgreSQL, dropped afterwards whatever happens. */
export async function scratchDatabase(
  work: (d: Database, url: string) => Promise<void>,
): Promise<void> {
  const name = `fs_bench_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  const source = await migratedTemplate(admin);
  // The template's last connection may still be closing (55006: "being accessed by other users").
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${source}`);
      break;
    } catch (e) {
      if ((e as { code?: string }).code !== '55006' || attempt >= 50) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const database = connectPostgres(withDatabase(BASE_URL, name), 10);
  try {
    await work(database, withDatabase(BASE_URL, name));
  } catch (e) {
    console.error(e);
    throw e;
  } finally {
    await database.close();
    const dropped = admin
      .query(`drop database if exists ${name} with (force)`)
      .finally(() => admin.end());
    if (SMOKE) drops.push(dropped);
    else await dropped;
  }
}

/** After the last suite: waits for the scratch databases' drops, then drops the template. */
export async function dropScratchDatabases(): Promise<void> {
  await Promise.allSettled(drops);
  if (!template) return;
  const name = await template;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

/**
 * A bench entry point (`./serve.ts`, `./baseline.ts`) bundled the way `npm start` runs the server
 * (scripts/build-server.mjs: plain Node, no TypeScript loader); resolves with the bundle's path.
 */
export async function bundled(script: string): Promise<string> {
  const { buildServer } = (await import(
    new URL('../../../scripts/build-server.mjs', import.meta.url).href
  )) as { buildServer: (entry: string, name: string) => Promise<string> };
  return buildServer(
    `bench/${script.replace(/^\.\//, '')}`,
    `bench-${script.replace(/^\.\/|\.ts$/g, '')}`,
  );
}

export interface Child {
  url: string;
  pid: number;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

/** Starts a bench script in a child process and waits for its `LISTENING <url>`. */
export async function startChild(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<Child> {
  const { spawn } = await import('node:child_process');
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF
        ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
        : []),
      await bundled(script),
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Starts bench/serve.ts on a database in a child process; resolves with its URL and a stop function. */
export async function serveInChild(
  databaseUrl: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  return startChild('./serve.ts', [databaseUrl], {});
}

/**
 * The read baseline (readbase.ts) in a child process: `GET <url>/<i>` runs `queries[i]`, an
 * indexed SELECT of the rows the measured endpoint returns.
 */
export function readBaseline(databaseUrl: string, queries: { sql: string; params: unknown[] }[]) {
  return startChild('./readbase.ts', [databaseUrl], {
    BENCH_READ_QUERIES: JSON.stringify(queries),
  });
}

/** An endpoint to time: GETs of `paths` in turn, with `headers`; `check` rejects a wrong answer. */
export interface GetTarget {
  base: string;
  paths: string[];
  headers?: Record<string, string>;
  check?: (status: number, body: unknown) => boolean;
}

/**
 * GETs an endpoint's paths and its read baseline's one at a time (as a person's browser would),
 * `warmup + runs` times each, taking turns request by request; the durations of the last `runs`
 * of each, in ms, sorted: `[endpoint, baseline]`. Timing the two in turn puts both in the same
 * moments of the run: background work (autovacuum after a load, a checkpoint) slows both, where
 * timing one after the other let it fall on one side of the ratio only.
 */
export async function timeBeside(
  endpoint: GetTarget,
  baseline: GetTarget,
  runs: number,
  warmup: number,
): Promise<[number[], number[]]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < warmup + runs; i++) {
    for (const [t, { base, paths, headers = {}, check }] of [endpoint, baseline].entries()) {
      const path = paths[i % paths.length];
      const s = performance.now();
      const r = await fetch(`${base}${path}`, { headers });
      const body = (await r.json()) as unknown;
      if (i >= warmup) times[t]!.push(performance.now() - s);
      if (!(check ? check(r.status, body) : r.status === 200))
        throw new Error(`GET ${path}: ${r.status}`);
    }
  }
  return [times[0].sort((a, b) => a - b), times[1].sort((a, b) => a - b)];
}

/**
 * POSTs `body` to `path` of `base` on a keep-alive `agent` (the bench's load generators);
 * resolves with the answer's status once it is read, or 0 for a connection reset or refused.
 */
export function postOn(
  agent: http.Agent,
  base: URL,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<number> {
  return new Promise<number>((resolve) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** One keep-alive connection of `RawPoster`: one request at a time, its answer read to its end. */
class RawConnection {
  private readonly socket: net.Socket;
  private chunks: Buffer[] = [];
  private length = 0;
  private pending: ((status: number) => void) | null = null;
  closed = false;
  constructor(host: string, port: number) {
    this.socket = net.connect({ host, port, noDelay: true });
    this.socket.on('data', (d: Buffer) => this.read(d));
    const end = () => {
      this.closed = true;
      this.finish(0);
    };
    this.socket.on('error', end);
    this.socket.on('close', end);
  }
  send(request: Buffer): Promise<number> {
    return new Promise((resolve) => {
      this.pending = resolve;
      this.socket.write(request);
    });
  }
  destroy() {
    this.socket.destroy();
  }
  private finish(status: number) {
    const pending = this.pending;
    this.pending = null;
    this.chunks = [];
    this.length = 0;
    pending?.(status);
  }
  /** An answer is complete at the end of its headers plus its Content-Length, or its last chunk. */
  private read(d: Buffer) {
    this.chunks.push(d);
    this.length += d.length;
    const all = this.chunks.length === 1 ? d : Buffer.concat(this.chunks, this.length);
    this.chunks = [all];
    const head = all.indexOf('\r\n\r\n');
    if (head < 0) return;
    const headers = all.toString('latin1', 0, head).toLowerCase();
    const status = Number(headers.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/.exec(headers);
    const complete = length
      ? all.length >= head + 4 + Number(length[1])
      : all.subarray(all.length - 5).toString('latin1') === '0\r\n\r\n';
    if (!complete) return;
    if (headers.includes('\r\nconnection: close')) {
      this.closed = true;
      this.socket.destroy();
    }
    this.finish(status);
  }
}

/**
 * The open loop's sender: one request, built once, written as bytes on keep-alive connections
 * (a new one whenever all are busy), each answer read only as far as its status and length. At
 * 1,000/s it costs the load generator 0.12–0.13 ms of CPU per request, `node:http` 0.24–0.31 ms
 * and `fetch` 0.46–0.65 ms, on the two cores it shares with the servers it times.
 */
class RawPoster {
  private readonly idle: RawConnection[] = [];
  private readonly all = new Set<RawConnection>();
  private readonly request: Buffer;
  constructor(
    private readonly url: URL,
    headers: Record<string, string>,
    body: string,
  ) {
    const lines = [
      `POST ${url.pathname}${url.search} HTTP/1.1`,
      `host: ${url.host}`,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      `content-length: ${Buffer.byteLength(body)}`,
    ];
    this.request = Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`);
  }
  async post(): Promise<number> {
    let c = this.idle.pop();
    while (c?.closed) c = this.idle.pop();
    if (!c) {
      c = new RawConnection(this.url.hostname, Number(this.url.port));
      this.all.add(c);
    }
    const status = await c.send(this.request);
    if (c.closed) this.all.delete(c);
    else this.idle.push(c);
    return status;
  }
  close() {
    for (const c of this.all) c.destroy();
  }
}

/** A server an open loop sends to: the URL POSTed to, the request, the status it must answer. */
export interface OpenLoopTarget {
  url: string;
  init: { headers: Record<string, string>; body: string };
  expected: number;
}

/** What an open loop measured of one target: latencies (sorted, ms), rate achieved, failures. */
export interface OpenLoopResult {
  latencies: number[];
  achieved: number;
  failures: number;
}

/**
 * Open loops to several servers, interleaved: slice after slice of `sliceMs`, each target in
 * turn, `slices` slices each. Within a slice, POSTs go at a fixed `rate` per second whatever the
 * answers' speed (new connections as needed); the next slice begins once every answer of this one
 * is in, so no server's slow answers overlap another's load. Each target's first `warmupSlices`
 * are not counted. Taking turns every few seconds, the server and its baseline meet the same
 * machine: a host that slows down for some seconds slows both, where three runs one after another
 * (baseline, server, baseline) could give the pause to one of them alone — the reports' p99 at
 * 200/s measured 1.23–2.84× on the same code in consecutive runs that way.
 * Sent by `RawPoster`: the load generator shares the two cores with the servers it measures.
 */
export async function interleavedOpenLoops(
  targets: readonly OpenLoopTarget[],
  {
    rate,
    sliceMs,
    slices,
    warmupSlices,
  }: {
    rate: number;
    sliceMs: number;
    slices: number;
    warmupSlices: number;
  },
): Promise<OpenLoopResult[]> {
  const posters = targets.map((t) => new RawPoster(new URL(t.url), t.init.headers, t.init.body));
  const results = targets.map(() => ({ latencies: [] as number[], failures: 0, sent: 0, ms: 0 }));
  const perSlice = Math.round((rate * sliceMs) / 1000);
  for (let slice = 0; slice < slices; slice++) {
    for (const [t, target] of targets.entries()) {
      const result = results[t]!;
      const counted = slice >= warmupSlices;
      const started = performance.now();
      const inflight: Promise<void>[] = [];
      for (let i = 0; i < perSlice; i++) {
        const wait = started + (i * 1000) / rate - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        inflight.push(
          (async () => {
            const s = performance.now();
            const status = await posters[t]!.post();
            if (status !== target.expected) result.failures++;
            // No answer at all counts as infinitely late (so a server that drops requests cannot
            // pass on the ones it did answer).
            if (counted) result.latencies.push(status === 0 ? Infinity : performance.now() - s);
          })(),
        );
      }
      await Promise.all(inflight);
      result.sent += perSlice;
      result.ms += performance.now() - started;
    }
  }
  for (const p of posters) p.close();
  return results.map((r) => ({
    latencies: r.latencies.sort((a, b) => a - b),
    achieved: r.sent / (r.ms / 1000),
    failures: r.failures,
  }));
}
