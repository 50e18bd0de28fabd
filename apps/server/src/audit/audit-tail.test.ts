import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { spawn } from 'node:child_process';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../test/factories.ts';
import { seededDataDir } from '../../test/data-dir.ts';
import { testApp } from '../../test/harness.ts';
import { rowsOf } from '../db/client.ts';
import { LOCK_FILE } from '../db/data-lock.ts';
import { chainAudit, verifyAuditChain } from './audit.service.ts';
import { recordAudit, SYSTEM_ACTOR } from './audit.service.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/fieldsafe.mjs');

describe('audit tail anchoring', () => {
  const write = async (db: Awaited<ReturnType<typeof testApp>>['database']['db'], n: number) => {
    await db.transaction(async (tx) => {
      for (let i = 0; i < n; i++) {
        await recordAudit(tx, SYSTEM_ACTOR, {
          action: 'test.write',
          entity: 'test',
          entityId: `${i}`,
        });
      }
    });
    await chainAudit(db);
  };

  it('removing the last rows of the chain is detected, and stays detected after more rows are chained', async () => {
    const t = await testApp();
    const db = t.database.db;
    await buildWorld(db);
    await write(db, 12);
    await write(db, 5);
    expect((await verifyAuditChain(db)).ok).toBe(true);
    // The rows and their place in the chain: the last block, the five rows written last.
    await db.execute(sql`
      with last as (delete from audit_chain
                     where first_pos = (select max(first_pos) from audit_chain) returning seqs)
      delete from audit_log where seq in (select unnest(seqs) from last)`);
    const cut = await verifyAuditChain(db);
    expect(cut.ok).toBe(false);
    expect(cut.firstBad?.reason).toMatch(/removed from the end/);
    await write(db, 3);
    const later = await verifyAuditChain(db);
    expect(later.ok).toBe(false);
    expect(later.firstBad?.reason).toMatch(/removed/);
  });

  it('a row removed from the log, before or after it is linked, or one inserted around the chain, is detected', async () => {
    const t = await testApp();
    const db = t.database.db;
    await write(db, 4);
    const [linked] = await rowsOf<{ seq: number }>(
      db,
      sql`select seqs[2]::int as seq from audit_chain order by first_pos desc limit 1`,
    );
    await db.execute(sql`delete from audit_log where seq = ${linked?.seq}`);
    expect((await verifyAuditChain(db)).firstBad).toEqual({
      seq: linked?.seq,
      reason: expect.stringMatching(/removed from the log/),
    });

    const t2 = await testApp();
    const db2 = t2.database.db;
    await write(db2, 2);
    await recordAudit(db2, SYSTEM_ACTOR, {
      action: 'test.write',
      entity: 'test',
      entityId: 'gone',
    });
    const [noted] = await rowsOf<{ seq: number }>(
      db2,
      sql`select seq::int from audit_log where entity_id = 'gone'`,
    );
    await db2.execute(sql`delete from audit_log where seq = ${noted?.seq}`);
    // The chainer links nothing in its place and leaves the note; verification names the row.
    expect(await chainAudit(db2)).toBe(0);
    // Rows written after it are still linked, even a round of one note at a time.
    await recordAudit(db2, SYSTEM_ACTOR, { action: 'test.write', entity: 'test', entityId: 'a' });
    await recordAudit(db2, SYSTEM_ACTOR, { action: 'test.write', entity: 'test', entityId: 'b' });
    expect((await chainAudit(db2, 1)) + (await chainAudit(db2, 1))).toBe(2);
    expect(await chainAudit(db2, 1)).toBe(0);
    expect((await verifyAuditChain(db2)).firstBad).toEqual({
      seq: noted?.seq,
      reason: expect.stringMatching(/removed from the log before it was linked/),
    });

    const t3 = await testApp();
    const db3 = t3.database.db;
    await write(db3, 2);
    await db3.execute(sql`alter table audit_log disable trigger audit_log_pending`);
    await recordAudit(db3, SYSTEM_ACTOR, {
      action: 'test.write',
      entity: 'test',
      entityId: 'around',
    });
    await db3.execute(sql`alter table audit_log enable trigger audit_log_pending`);
    const [around] = await rowsOf<{ seq: number }>(
      db3,
      sql`select seq::int from audit_log where entity_id = 'around'`,
    );
    expect((await verifyAuditChain(db3)).firstBad).toEqual({
      seq: around?.seq,
      reason: expect.stringMatching(/neither in the chain nor waiting/),
    });
  });

  it('deleting or forging the checkpoint is detected; reordering rows is detected', async () => {
    const t = await testApp();
    const db = t.database.db;
    await write(db, 6);
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await db.execute(sql`update audit_checkpoint set head_pos = head_pos - 2`);
    expect((await verifyAuditChain(db)).firstBad?.reason).toMatch(/not signed/);
    await db.execute(sql`delete from audit_checkpoint`);
    expect((await verifyAuditChain(db)).firstBad?.reason).toMatch(/checkpoint .* is missing/);
    await expect(write(db, 1)).rejects.toThrow(/checkpoint is missing/);

    const t2 = await testApp();
    const db2 = t2.database.db;
    await write(db2, 6);
    // The last two rows of the chain swapped.
    await db2.execute(sql`
      update audit_chain
         set seqs = seqs[1:cardinality(seqs) - 2] || seqs[cardinality(seqs)] || seqs[cardinality(seqs) - 1]
       where first_pos = (select max(first_pos) from audit_chain)`);
    expect((await verifyAuditChain(db2)).ok).toBe(false);
  });

  it('`fieldsafe audit verify` finds rows removed from the end, and refuses a data folder a running server holds', async () => {
    // A data folder as `fieldsafe seed` leaves it.
    const dir = await seededDataDir('tail');
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const env = { ...inherited, FIELDSAFE_DATA_DIR: dir };
    try {
      expect((await run(process.execPath, [BIN, 'audit', 'verify'], { env })).stdout).toMatch(
        /intact/,
      );
      const pg = new PGlite(dir);
      await pg.query(
        `with last as (delete from audit_chain
                        where first_pos = (select max(first_pos) from audit_chain) returning seqs)
         delete from audit_log where seq in (select unnest(seqs) from last)`,
      );
      await pg.close();
      const bad = await run(process.execPath, [BIN, 'audit', 'verify'], { env }).then(
        () => {
          throw new Error('verify should have failed');
        },
        (e: { code: number; stderr: string }) => e,
      );
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/removed from the end/);

      // A live process's id in the lock file: the folder is held.
      const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      try {
        await writeFile(path.join(dir, LOCK_FILE), `${holder.pid}\n`);
        const held = await run(process.execPath, [BIN, 'audit', 'verify'], { env }).then(
          () => {
            throw new Error('verify should have refused');
          },
          (e: { code: number; stderr: string }) => e,
        );
        expect(held.code).toBe(2);
        expect(held.stderr).toMatch(/in use by a running Fieldsafe server/);
      } finally {
        holder.kill();
      }
      // A stale file left by a process that is gone does not block.
      await writeFile(path.join(dir, LOCK_FILE), `${holder.pid}\n`);
      await new Promise((r) => setTimeout(r, 200));
      const stale = await run(process.execPath, [BIN, 'audit', 'verify'], { env }).catch(
        (e: { stderr: string }) => e,
      );
      expect(JSON.stringify(stale)).not.toMatch(/in use/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
