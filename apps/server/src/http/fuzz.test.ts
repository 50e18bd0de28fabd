import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { rowsOf } from '../db/client.ts';
import { passSecondFactor } from '../../test/factories.ts';
import type { App } from './types.ts';

/**
 * Every write endpoint of the OpenAPI document (so a new endpoint is covered without editing this
 * file), with real ids in its path, gets each class of bad input as an administrator and as a
 * staff member. Whatever the answer, it must not be a 5xx.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Schema {
  type?: string | string[];
  format?: string;
  enum?: Json[];
  const?: Json;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
  minimum?: number;
  pattern?: string;
}
interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const WRITE = ['post', 'put', 'patch', 'delete'];

interface RawClient {
  call(
    method: string,
    url: string,
    body: string,
    contentType: string,
  ): Promise<{ status: number; body: string }>;
}

/** A signed-in client that sends bodies exactly as given (any content type). */
async function rawClient(app: App, email: string, password: string): Promise<RawClient> {
  let cookie = '';
  let csrf = '';
  const login = async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: '192.0.2.200',
    });
    if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode}`);
    const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
    cookie = Object.entries(cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    csrf = cookies.fs_csrf ?? '';
    const state = (res.json() as { secondFactor: string }).secondFactor;
    await passSecondFactor(app, email, state, { cookie, 'x-csrf-token': csrf });
  };
  await login();
  const send = (method: string, url: string, body: string, contentType: string) =>
    app.inject({
      method: method as 'POST',
      url,
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': contentType },
      payload: body,
    });
  return {
    async call(method, url, body, contentType) {
      let r = await send(method, url, body, contentType);
      // Signing out or changing the password ends the session: sign in again and retry.
      if (r.statusCode === 401 && !url.startsWith('/api/auth/')) {
        await login();
        r = await send(method, url, body, contentType);
      }
      const after = await send('GET', '/api/auth/me', '', 'application/json');
      if (after.statusCode === 401) await login();
      return { status: r.statusCode, body: r.body };
    },
  };
}
const MB = 'x'.repeat(1024 * 1024);
const BIG = 'y'.repeat(100_000);

function deep(n: number): string {
  return `${'['.repeat(n)}${']'.repeat(n)}`;
}

/** A 400 answer names at least one field (or `(body)`) in its details. */
function namesAField(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { details?: { path?: unknown }[] };
    return (parsed.details ?? []).some((d) => typeof d.path === 'string' && d.path !== '');
  } catch {
    return false;
  }
}

describe('OpenAPI-driven bad-input fuzz', () => {
  let t: TestApp;
  let doc: Doc;
  let ids: Map<string, string>;
  let anyId: string;
  let clients: Record<'admin' | 'staff', RawClient>;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
    doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as Doc;
    // One real id of every table with a uuid id, by table name.
    const tables = await rowsOf<{ table_name: string }>(
      t.database.db,
      sql`select table_name from information_schema.columns
           where table_schema = current_schema() and column_name = 'id' and data_type = 'uuid'`,
    );
    ids = new Map();
    for (const { table_name } of tables) {
      const rows = await rowsOf<{ id: string }>(
        t.database.db,
        sql.raw(`select id::text as id from "${table_name}" limit 1`),
      );
      if (rows[0]) ids.set(table_name, rows[0].id);
    }
    anyId = ids.get('people') ?? '00000000-0000-4000-8000-000000000000';
    clients = {
      admin: await rawClient(t.app, 'admin@fieldsafe.test', DEMO_PASSWORD),
      staff: await rawClient(t.app, 'staff@fieldsafe.test', DEMO_PASSWORD),
    };
  }, 120_000);

  const resolve = (s: Schema | undefined): Schema => {
    if (!s) return {};
    if (s.$ref) {
      const name = s.$ref.split('/').pop() ?? '';
      return resolve(doc.components?.schemas?.[name]);
    }
    return s;
  };

  /** A real id for a path parameter, guessed from the path segment before it. */
  const idFor = (segments: string[], index: number): string => {
    const before = (segments[index - 1] ?? '').replace(/-/g, '_');
    const param = segments[index]?.replace(/[{}]/g, '') ?? '';
    const candidates = [
      before,
      `${before}s`,
      before.replace(/ies$/, 'y'),
      param
        .replace(/Id$/, '')
        .replace(/([A-Z])/g, '_$1')
        .toLowerCase() + 's',
    ];
    for (const c of candidates) {
      for (const [table, id] of ids) if (table === c || table.endsWith(`_${c}`)) return id;
    }
    return anyId;
  };

  /** A plausible value for a schema: what a careful client would send. */
  const sample = (raw: Schema | undefined, depth = 0): Json => {
    const s = resolve(raw);
    if (depth > 6) return null;
    if (s.const !== undefined) return s.const;
    if (s.enum?.length) return s.enum[0] ?? null;
    const alt = s.anyOf ?? s.oneOf;
    if (alt?.length) {
      const nonNull = alt.find((a) => resolve(a).type !== 'null') ?? alt[0];
      return sample(nonNull, depth + 1);
    }
    if (s.allOf?.length) return sample(s.allOf[0], depth + 1);
    const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
    if (type === 'object' || s.properties) {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sample(v, depth + 1);
      return out;
    }
    if (type === 'array') return [sample(s.items, depth + 1)];
    if (type === 'integer' || type === 'number') return Math.max(1, s.minimum ?? 1);
    if (type === 'boolean') return true;
    if (type === 'string') {
      if (s.format === 'uuid') return anyId;
      if (s.format === 'date') return '2026-06-01';
      if (s.format === 'date-time') return '2026-06-01T10:00:00Z';
      if (s.format === 'email') return 'fuzz@example.org';
      if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '2026-06-01';
      return 'Fuzz text';
    }
    return null;
  };

  /** The same value with every string (and only strings) replaced. */
  const mapStrings = (v: Json, f: (s: string, key: string) => Json, key = ''): Json => {
    if (typeof v === 'string') return f(v, key);
    if (Array.isArray(v)) return v.map((x) => mapStrings(x, f, key));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f, k)]));
    return v;
  };
  const mapLeaves = (v: Json, f: (x: Json) => Json): Json => {
    if (Array.isArray(v)) return v.map((x) => mapLeaves(x, f));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapLeaves(x, f)]));
    return f(v);
  };

  /** Each class of bad input as [label, content type, raw body]. */
  const badInputs = (good: Json): [string, string, string][] => {
    const json = (v: unknown) => JSON.stringify(v);
    const isObject = good !== null && typeof good === 'object' && !Array.isArray(good);
    const firstKey = isObject ? Object.keys(good)[0] : undefined;
    const withFirst = (x: unknown) =>
      isObject && firstKey ? { ...(good as object), [firstKey]: x } : x;
    return [
      ['plausible body', 'application/json', json(good)],
      ['malformed JSON', 'application/json', '{"a":'],
      ['empty JSON body', 'application/json', ''],
      ['wrong content type', 'application/xml', '<a/>'],
      ['text/plain body', 'text/plain', json(good)],
      [
        'wrong types',
        'application/json',
        json(mapLeaves(good, (x) => (typeof x === 'string' ? 12345 : 'text'))),
      ],
      ['objects for every field', 'application/json', json(mapLeaves(good, () => ({ a: 1 })))],
      ['NUL strings', 'application/json', json(mapStrings(good, (s) => `${s}\u0000`))],
      [
        'lone surrogates',
        'application/json',
        json(mapStrings(good, (s) => `${s}\ud800`)).replace(/\\ud800/gi, '\\ud800'),
      ],
      ['100 kB strings', 'application/json', json(mapStrings(good, () => BIG))],
      ['a 1 MB string', 'application/json', json(withFirst(MB))],
      [
        'unknown fields',
        'application/json',
        json(isObject ? { ...(good as object), zzUnknown: 1 } : good),
      ],
      ['__proto__ key', 'application/json', '{"__proto__":{"isSystemAdmin":true}}'],
      [
        'impossible dates',
        'application/json',
        json(
          mapStrings(good, (s, key) =>
            /^\d{4}-\d{2}-\d{2}T/.test(s)
              ? '2026-02-30T25:61:00Z'
              : /^\d{4}-\d{2}-\d{2}$/.test(s) || /(On|Date|At)$/.test(key)
                ? '2026-02-30'
                : s,
          ),
        ),
      ],
      [
        'far dates',
        'application/json',
        json(mapStrings(good, (s) => (/^\d{4}-\d{2}-\d{2}/.test(s) ? `99999${s.slice(4)}` : s))),
      ],
      [
        '5,000-deep nesting',
        'application/json',
        isObject && firstKey ? json(good).replace(/^\{/, `{"zzDeep":${deep(5000)},`) : deep(5000),
      ],
      [
        'huge numbers',
        'application/json',
        json(mapLeaves(good, (x) => (typeof x === 'number' ? 1e308 : x))),
      ],
      [
        'negative numbers',
        'application/json',
        json(mapLeaves(good, (x) => (typeof x === 'number' ? -1 : x))),
      ],
    ];
  };

  it('no write endpoint answers 5xx to bad input, and every 400 names a field, as an administrator or as a staff member', async () => {
    const failures: string[] = [];
    let requests = 0;
    let endpoints = 0;
    const statuses = new Map<string, number>();
    for (const [route, ops] of Object.entries(doc.paths)) {
      for (const method of WRITE) {
        const op = ops[method];
        if (!op) continue;
        endpoints += 1;
        const segments = route.split('/');
        const url = segments
          .map((seg, i) => (/^\{.+\}$/.test(seg) ? idFor(segments, i) : seg))
          .join('/');
        const content = op.requestBody?.content ?? {};
        const jsonSchema = content['application/json']?.schema;
        const good = jsonSchema ? sample(jsonSchema) : {};
        const cases = badInputs(good);
        if (content['multipart/form-data']) {
          // A file upload: broken, empty, oversized-header and wrong-type forms.
          const b = 'fuzzboundary';
          const type = `multipart/form-data; boundary=${b}`;
          const part = (name: string, extra: string, value: string) =>
            `--${b}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n${value}\r\n`;
          cases.push(
            ['multipart without a boundary', 'multipart/form-data', 'x'],
            ['multipart cut short', type, `--${b}\r\nContent-Disposition: form-da`],
            ['multipart with no parts', type, `--${b}--\r\n`],
            [
              'multipart file of a refused type',
              type,
              `${part('file', '; filename="a.html"\r\nContent-Type: text/html', '<b>x</b>')}--${b}--\r\n`,
            ],
            [
              'multipart with NUL and a lone surrogate',
              type,
              `${part('countryId', '', '\u0000\ud800')}${part('file', '; filename="\u0000.txt"\r\nContent-Type: text/plain', 'x')}--${b}--\r\n`,
            ],
            [
              'multipart with two files',
              type,
              `${part('file', '; filename="a.txt"\r\nContent-Type: text/plain', 'a')}${part('file', '; filename="b.txt"\r\nContent-Type: text/plain', 'b')}--${b}--\r\n`,
            ],
          );
        } else if (!jsonSchema && Object.keys(content).length > 0) {
          cases.push(['CSV with NUL', 'text/csv', 'a,b\n1,\u00002\n"unclosed']);
        }
        // Query strings too: NUL and a lone surrogate on every parameter the route takes.
        cases.push(['NUL in the query', 'application/json', JSON.stringify(good)]);
        for (const role of ['admin', 'staff'] as const) {
          for (const [label, type, body] of cases) {
            const target =
              label === 'NUL in the query' ? `${url}?countryId=%00&q=%ED%A0%80&page=%00` : url;
            const res = await clients[role].call(method.toUpperCase(), target, body, type);
            requests += 1;
            const bucket = `${label} ${res.status}`;
            statuses.set(bucket, (statuses.get(bucket) ?? 0) + 1);
            if (res.status === 400 && !namesAField(res.body)) {
              failures.push(
                `${role} ${method.toUpperCase()} ${route} [${label}] → 400 naming no field: ${res.body.slice(0, 200)}`,
              );
            }
            if (res.status >= 500) {
              failures.push(
                `${role} ${method.toUpperCase()} ${route} [${label}] → ${res.status} ${res.body.slice(0, 200)}`,
              );
            }
          }
        }
      }
    }
    if (process.env.FUZZ_REPORT) console.log(endpoints, requests, [...statuses].sort());
    expect(endpoints).toBeGreaterThan(50);
    expect(failures, `${failures.length} of ${requests} requests failed`).toEqual([]);
  }, 600_000);
});
