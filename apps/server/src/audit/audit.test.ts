import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { seededDataDir } from '../../test/data-dir.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { rowsOf } from '../db/client.ts';
import { auditHash, canonicalJson, GENESIS_HASH, type Json } from './canonical.ts';
import { chainAudit, verifyAuditChain } from './audit.service.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/fieldsafe.mjs');

describe('audit trail', () => {
  let t: TestApp;
  let w: World;
  let csa: Client;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
  });

  it('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('canonical JSON is, character for character, the text the hashes in existing chains were taken over', () => {
    // The text as first written (arrays of strings joined at each depth): rows chained then must
    // still verify.
    const joined = (value: unknown): string =>
      value === null || typeof value !== 'object'
        ? (JSON.stringify(value) as string)
        : Array.isArray(value)
          ? `[${value.map(joined).join(',')}]`
          : `{${Object.keys(value)
              .sort()
              .map((k) => `${JSON.stringify(k)}:${joined((value as Record<string, unknown>)[k])}`)
              .join(',')}}`;
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const scalars: unknown[] = [null, true, false, 0, -1.5, 1e21, 'é"\\\n\u2028', '', 'Ab', '🙂'];
    const build = (depth: number): unknown => {
      const r = random();
      if (depth > 3 || r < 0.4) return scalars[Math.floor(random() * scalars.length)];
      if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => build(depth + 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 5) }, (_, i) => [
          ['b', 'a', 'é', 'A', '10', '9', ''][Math.floor(random() * 7)]! + String(i % 2),
          build(depth + 1),
        ]),
      );
    };
    for (let i = 0; i < 500; i++) {
      const value = build(0);
      expect(canonicalJson(value as Json)).toBe(joined(value));
    }
    // Not JSON, but possible at run time: kept as the joined text had it.
    const loose = { a: undefined, b: [1, undefined, 2] } as unknown as Json;
    expect(canonicalJson(loose)).toBe(joined(loose));
  });

  it("a row's hash is SHA-256 over the canonical JSON of its fields and the previous hash", () => {
    const fields = {
      at: '2026-12-06T10:00:00.000Z',
      actorUserId: null,
      actorLabel: 'check-in link',
      action: 'crisis.checkin',
      entity: 'crisis_person',
      entityId: 'p1',
      countryId: 'c1',
      organizationId: null,
      before: null,
      after: { status: 'safe', via: ['sms', { b: 1, a: 2 }] },
      prevHash: GENESIS_HASH,
    };
    expect(auditHash(fields)).toBe(
      createHash('sha256').update(canonicalJson(fields)).digest('hex'),
    );
  });

  it('every write records actor, action, entity, before and after in a chain that verifies', async () => {
    const created = await csa.post('/api/warden-zones', {
      dutyStationId: w.city.id,
      name: 'Audited zone',
    });
    expect(created.status).toBe(201);
    await csa.patch(`/api/warden-zones/${created.body.id}`, { name: 'Renamed zone' });
    const list = await rowsOf<{
      action: string;
      actor_label: string;
      before: { name: string } | null;
      after: { name: string };
    }>(
      t.database.db,
      sql`select action, actor_label, before, after from audit_log where entity_id = ${created.body.id} order by seq`,
    );
    expect(list.map((r) => r.action)).toEqual(['warden_zone.create', 'warden_zone.update']);
    expect(list[1]?.before?.name).toBe('Audited zone');
    expect(list[1]?.after.name).toBe('Renamed zone');
    expect(list[0]?.actor_label).toMatch(/@/);
    const unchained = await verifyAuditChain(t.database.db);
    expect(unchained.pending).toBeGreaterThanOrEqual(2);
    expect(await chainAudit(t.database.db)).toBeGreaterThanOrEqual(2);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, pending: 0 });
  });

  it('writes made at the same time are all chained, each exactly once', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        csa.post('/api/warden-zones', { dutyStationId: w.town.id, name: `Parallel ${i}` }),
      ),
    );
    await Promise.all([chainAudit(t.database.db), chainAudit(t.database.db)]);
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: true, pending: 0 });
    const [dupes] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int - count(distinct seq)::int as n from (select unnest(seqs) as seq from audit_chain) c`,
    );
    expect(dupes?.n).toBe(0);
  });

  it('a failed write leaves no audit row and no data', async () => {
    const before = await rowsOf(t.database.db, sql`select count(*)::int as n from audit_log`);
    const res = await csa.post('/api/warden-zones', {
      dutyStationId: w.city.id,
      name: 'Renamed zone',
    });
    expect(res.status).toBe(409);
    const after = await rowsOf(t.database.db, sql`select count(*)::int as n from audit_log`);
    expect(after).toEqual(before);
  });

  it('altering any row breaks verification at that row', async () => {
    const [target] = await rowsOf<{ seq: number }>(
      t.database.db,
      sql`select seq from audit_log order by seq desc limit 1 offset 1`,
    );
    await t.database.db.execute(
      sql`update audit_log set after = jsonb_set(after, '{name}', '"forged"') where seq = ${target?.seq}`,
    );
    const result = await verifyAuditChain(t.database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBad?.seq).toBe(Number(target?.seq));
  });

  it('linking rows into the chain never rewrites them: the log is only ever inserted into', async () => {
    const db = t.database.db;
    const zone = await csa.post('/api/warden-zones', {
      dutyStationId: w.city.id,
      name: 'Insert-only zone',
    });
    // A row's physical place and inserting transaction change if anything updates it.
    const version = sql`select ctid::text as place, xmin::text as tx,
                               exists (select 1 from audit_pending p where a.seq = any(p.seqs)) as pending
                          from audit_log a where entity_id = ${zone.body.id}`;
    const [before] = await rowsOf<{ place: string; tx: string; pending: boolean }>(db, version);
    expect(before?.pending).toBe(true);
    expect(await chainAudit(db)).toBeGreaterThan(0);
    const [after] = await rowsOf<{ place: string; tx: string; pending: boolean }>(db, version);
    expect(after).toEqual({ ...before, pending: false });
  });

  it('`fieldsafe audit verify` exits 0 on an intact chain and 1 naming the first tampered row', async () => {
    // A data folder as `fieldsafe seed` leaves it.
    const dir = await seededDataDir('audit');
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const env = { ...inherited, FIELDSAFE_DATA_DIR: dir };
    try {
      const ok = await run(process.execPath, [BIN, 'audit', 'verify'], { env });
      expect(ok.stdout).toMatch(/intact: \d+ rows/);
      const pg = new PGlite(dir);
      await pg.query(`update audit_log set actor_label = 'mallory' where seq = 7`);
      await pg.close();
      const bad = await run(process.execPath, [BIN, 'audit', 'verify'], { env }).then(
        () => {
          throw new Error('verify should have failed');
        },
        (e: { code: number; stderr: string }) => e,
      );
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('seq=7');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
  it('the audit page filters by record kind, person and days, pages backwards, and is for administrators only', async () => {
    const db = t.database.db;
    const admin = await signIn(t.app, (await buildUser(db, w, 'admin')).email);
    const csaEmail = (await csa.get('/api/auth/me')).body.email as string;
    for (const name of ['Paged zone 1', 'Paged zone 2', 'Paged zone 3'])
      expect((await csa.post('/api/warden-zones', { dutyStationId: w.city.id, name })).status).toBe(
        201,
      );
    const today = new Date().toISOString().slice(0, 10);
    const first = await admin.get(
      `/api/audit?entity=warden_zone&actor=${encodeURIComponent(csaEmail)}&from=${today}&to=${today}&limit=2`,
    );
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    // Just written: not linked into the chain until the chainer's next round.
    expect(first.body.items[0].chained).toBe(false);
    await chainAudit(db);
    const linked = await admin.get(`/api/audit?entity=warden_zone&limit=1`);
    expect(linked.body.items[0]).toMatchObject({ seq: first.body.items[0].seq, chained: true });
    for (const row of first.body.items) {
      expect(row.entity).toBe('warden_zone');
      expect(row.actorLabel).toContain(csaEmail);
    }
    const next = await admin.get(
      `/api/audit?entity=warden_zone&actor=${encodeURIComponent(csaEmail)}&limit=2&before=${first.body.items[1].seq}`,
    );
    expect(next.body.items[0].seq).toBeLessThan(first.body.items[1].seq);
    expect((await admin.get('/api/audit?entity=warden_zone&to=2000-01-01')).body.items).toEqual([]);
    expect((await admin.get('/api/audit?actor=nobody-wrote-this')).body.items).toEqual([]);
    const backwards = await admin.get(`/api/audit?from=${today}&to=2000-01-01`);
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('to');
    expect((await admin.get('/api/audit?from=2026-13-01')).status).toBe(400);
    expect((await csa.get('/api/audit')).status).toBe(403);
  });
});
