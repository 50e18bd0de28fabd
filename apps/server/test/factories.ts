import type { AppointmentRole } from '@fieldsafe/core';
import { generate } from 'otplib';
import type { Db } from '../src/db/client.ts';
import { hashPassword } from '../src/auth/password.ts';
import {
  appointments,
  areas,
  countries,
  dutyStations,
  organizations,
  people,
  users,
  wardenZones,
  securityLevelDecisions,
} from '../src/db/schema/index.ts';
import type { App } from '../src/http/types.ts';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;
let seq = 0;

const unique = () => `${process.pid.toString(36)}${(seq++).toString(36)}`.toUpperCase();

/**
 * A country of its own for one test: two areas (capital with two warden zones, and an area
 * outside it), one duty station each, two organizations. Tests are isolated by data.
 */
export async function buildWorld(db: Db, name = 'Testland') {
  const code = unique();
  const [country] = await db
    .insert(countries)
    .values({
      alpha2: `Q${code}`,
      alpha3: `Q${code}`,
      numeric: '999',
      nameEn: `${name} ${code}`,
      nameFr: `${name} ${code}`,
    })
    .returning();
  const [orgA, orgB] = await db
    .insert(organizations)
    .values([
      { code: `A${code}`, name: `Agency A ${code}`, type: 'fund_programme' },
      { code: `B${code}`, name: `Agency B ${code}`, type: 'specialized_agency' },
    ])
    .returning();
  if (!country || !orgA || !orgB) throw new Error('world not created');
  const [capital, north] = await db
    .insert(areas)
    .values([
      { countryId: country.id, name: 'Capital', kind: 'capital' },
      { countryId: country.id, name: 'North', kind: 'outside_capital' },
    ])
    .returning();
  if (!capital || !north) throw new Error('areas not created');
  const [city, town] = await db
    .insert(dutyStations)
    .values([
      { countryId: country.id, areaId: capital.id, name: 'City', kind: 'field' },
      { countryId: country.id, areaId: north.id, name: 'Town', kind: 'field' },
    ])
    .returning();
  if (!city || !town) throw new Error('stations not created');
  const [zone1, zone2, zone3] = await db
    .insert(wardenZones)
    .values([
      { countryId: country.id, areaId: capital.id, dutyStationId: city.id, name: 'Zone 1' },
      { countryId: country.id, areaId: capital.id, dutyStationId: city.id, name: 'Zone 2' },
      { countryId: country.id, areaId: north.id, dutyStationId: town.id, name: 'Zone 3' },
    ])
    .returning();
  if (!zone1 || !zone2 || !zone3) throw new Error('zones not created');
  return { code, country, orgA, orgB, capital, north, city, town, zone1, zone2, zone3 };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A security level in force in the whole country of the world since 2020 (clearance needed). */
export async function buildSecurityLevel(db: Db, w: World, level = '3') {
  await db.insert(securityLevelDecisions).values({
    countryId: w.country.id,
    scale: 'SLS',
    level,
    effectiveFrom: '2020-01-01',
    reason: 'test',
    decidedBy: 'DO',
  });
}

export interface PersonOptions {
  org?: { id: string };
  station?: { id: string; areaId: string; countryId: string };
  zone?: { id: string } | null;
  givenName?: string;
  familyName?: string;
}

export async function buildPerson(db: Db, w: World, o: PersonOptions = {}) {
  const station = o.station ?? w.city;
  const id = unique();
  const [p] = await db
    .insert(people)
    .values({
      kind: 'personnel',
      staffId: `S-${id}`,
      organizationId: (o.org ?? w.orgA).id,
      category: 'international',
      givenName: o.givenName ?? `Given${id}`,
      familyName: o.familyName ?? `Family${id}`,
      email: `p${id.toLowerCase()}@example.org`,
      countryId: station.countryId,
      areaId: station.areaId,
      dutyStationId: station.id,
      zoneId: o.zone === undefined ? w.zone1.id : (o.zone?.id ?? null),
    })
    .returning();
  if (!p) throw new Error('person not created');
  return p;
}

/** A person with a login and, optionally, an appointment. */
export async function buildUser(
  db: Db,
  w: World,
  role: AppointmentRole | 'staff' | 'admin',
  place: {
    areaId?: string;
    zoneId?: string;
    organizationId?: string;
    countryId?: string | null;
  } = {},
  person: PersonOptions = {},
) {
  const p = await buildPerson(db, w, person);
  passwordHash ??= hashPassword(PASSWORD);
  const [u] = await db
    .insert(users)
    .values({
      email: p.email ?? `${p.id}@x.org`,
      passwordHash: await passwordHash,
      personId: p.id,
      isSystemAdmin: role === 'admin',
    })
    .returning();
  if (!u) throw new Error('user not created');
  if (role !== 'staff' && role !== 'admin') {
    await db.insert(appointments).values({
      role,
      personId: p.id,
      countryId: place.countryId === undefined ? w.country.id : place.countryId,
      areaId: place.areaId ?? null,
      zoneId: place.zoneId ?? null,
      organizationId: place.organizationId ?? null,
      startsOn: '2020-01-01',
      letterReference: 'TEST/1',
      termsOfReference: 'ToR',
    });
  }
  return { user: u, person: p, email: u.email };
}

export interface Client {
  get(url: string, headers?: Record<string, string>): Promise<Response>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  patch(url: string, body: unknown): Promise<Response>;
  put(url: string, body: unknown): Promise<Response>;
  del(url: string): Promise<Response>;
}

/** The fields a 400 answer names (`details[].path`). */
export const fieldPaths = (res: { body: { details?: { path: string }[] } }) =>
  (res.body.details ?? []).map((d) => d.path);

export interface Response {
  status: number;
  body: any;
  headers: Record<string, unknown>;
}

/** The TOTP factors the harness set up through the API, by e-mail (this test file's users). */
const factors = new Map<string, { secret: string; recoveryCodes: string[]; lastStep: number }>();

/** The TOTP secret the harness set up for a user, if any (tests that sign in by hand use it). */
export const harnessFactor = (email: string) => factors.get(email.toLowerCase());

/**
 * Passes the second factor of a fresh session the way a person would, through the API: sets up
 * TOTP on the first sign-in of a user whose roles require it (keeping the secret and recovery
 * codes), then enters a code on later sign-ins (a recovery code when this 30-second step's code
 * was already used, since a code is never accepted twice). Nothing in the server is bypassed.
 */
export async function passSecondFactor(
  app: App,
  email: string,
  state: string,
  headers: { cookie: string; 'x-csrf-token': string },
): Promise<void> {
  await passSecondFactorWith(
    async (url, payload) => {
      const r = await app.inject({
        method: 'POST',
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as string }),
      });
      return { status: r.statusCode, text: r.body };
    },
    email,
    state,
  );
}

/** Sends a POST of the signed-in session (through `inject` or over HTTP). */
export type SessionPost = (
  url: string,
  payload?: unknown,
) => Promise<{ status: number; text: string }>;

/** `passSecondFactor` for any client of the API (the benchmarks use it over HTTP). */
export async function passSecondFactorWith(
  send: SessionPost,
  email: string,
  state: string,
): Promise<void> {
  if (state !== 'enrol' && state !== 'challenge') return;
  const key = email.toLowerCase();
  const step = () => Math.floor(Date.now() / 30_000);
  const post = async (url: string, payload?: unknown) => {
    const r = await send(url, payload);
    if (r.status !== 200) throw new Error(`${url} for ${email}: ${r.status} ${r.text}`);
    return JSON.parse(r.text) as { secret?: string; recoveryCodes?: string[] };
  };
  if (state === 'enrol') {
    const setup = await post('/api/auth/second-factor/totp/setup');
    const secret = setup.secret ?? '';
    const s = step();
    const confirmed = await post('/api/auth/second-factor/totp/confirm', {
      code: await generate({ secret }),
    });
    factors.set(key, { secret, recoveryCodes: confirmed.recoveryCodes ?? [], lastStep: s });
    return;
  }
  const factor = factors.get(key);
  if (!factor) throw new Error(`${email} has a second factor the test harness did not set up`);
  const s = step();
  if (s > factor.lastStep) {
    await post('/api/auth/second-factor/challenge', {
      code: await generate({ secret: factor.secret }),
    });
    factor.lastStep = s;
    return;
  }
  const recoveryCode = factor.recoveryCodes.shift();
  if (!recoveryCode) throw new Error(`${email}: no recovery code left`);
  const r = await send('/api/auth/second-factor/challenge', { recoveryCode });
  if (r.status !== 200) {
    // The codes were replaced since (a test that regenerates them, e.g. the fuzz test): wait for
    // the next 30-second step and enter a fresh code, as a person would.
    await new Promise((done) => setTimeout(done, (s + 1) * 30_000 - Date.now() + 50));
    await post('/api/auth/second-factor/challenge', {
      code: await generate({ secret: factor.secret }),
    });
    factor.lastStep = step();
    factor.recoveryCodes =
      (await post('/api/auth/second-factor/recovery-codes')).recoveryCodes ?? [];
    return;
  }
  if (factor.recoveryCodes.length < 3) {
    factor.recoveryCodes =
      (await post('/api/auth/second-factor/recovery-codes')).recoveryCodes ?? [];
  }
}

/**
 * Signs in with a password, nothing more (a second factor, if required, is not passed): the
 * headers that carry the session (cookie, CSRF token) and the state of its second factor.
 */
export async function login(app: App, email: string, password = PASSWORD) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  const headers = {
    cookie: Object.entries(cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; '),
    'x-csrf-token': cookies.fs_csrf ?? '',
  };
  return { headers, secondFactor: (res.json() as { secondFactor: string }).secondFactor };
}

/**
 * Signs in through the API (passing the second factor where the user's roles require one) and
 * returns a client that sends the session cookie and CSRF token.
 */
export async function signIn(app: App, email: string, password = PASSWORD): Promise<Client> {
  const session = await login(app, email, password);
  await passSecondFactor(app, email, session.secondFactor, session.headers);
  const { cookie: cookieHeader, 'x-csrf-token': csrf } = session.headers;
  const call = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const r = await app.inject({
      method,
      url,
      headers: { cookie: cookieHeader, 'x-csrf-token': csrf, ...headers },
      ...(payload === undefined ? {} : { payload: payload as string }),
    });
    let body: unknown = r.body;
    try {
      body = r.json();
    } catch {
      /* not JSON */
    }
    return { status: r.statusCode, body, headers: r.headers };
  };
  return {
    get: (url, headers) => call('GET', url, undefined, headers),
    post: (url, body, headers) => call('POST', url, body, headers),
    patch: (url, body) => call('PATCH', url, body),
    put: (url, body) => call('PUT', url, body),
    del: (url) => call('DELETE', url),
  };
}

/**
 * A `multipart/form-data` body as a browser sends a `FormData` (file part named `file`), with
 * its content-type header: `client.post(url, ...(await form({...}, file)))`.
 */
export async function form(
  fields: Record<string, string>,
  file?: { filename: string; type: string; content: string | Uint8Array },
): Promise<[Buffer, Record<string, string>]> {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  if (file) data.append('file', new Blob([file.content], { type: file.type }), file.filename);
  const request = new Request('http://localhost/', { method: 'POST', body: data });
  return [
    Buffer.from(await request.arrayBuffer()),
    { 'content-type': request.headers.get('content-type') ?? '' },
  ];
}
