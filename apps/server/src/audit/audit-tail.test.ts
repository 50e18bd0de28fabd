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
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await db.execute(
      sql`delete from audit_log where chain_pos in (select chain_pos from audit_log where chain_pos is not null order by chain_pos desc limit 5)`,
    );
    const cut = await verifyAuditChain(db);
    expect(cut.ok).toBe(false);
    expect(cut.firstBad?.reason).toMatch(/removed from the end/);
    await write(db, 3);
    const later = await verifyAuditChain(db);
    expect(later.ok).toBe(false);
    expect(later.firstBad?.reason).toMatch(/removed/);
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
    await db2.execute(sql`
      with two as (select seq, chain_pos from audit_log where chain_pos is not null order by chain_pos desc limit 2)
      update audit_log a set chain_pos = -a.chain_pos from two where a.seq = two.seq`);
    await db2.execute(sql`
      with two as (select seq, chain_pos from audit_log where chain_pos < 0)
      update audit_log a set chain_pos = (select max(-chain_pos) + min(-chain_pos) from two) + a.chain_pos
        from two where a.seq = two.seq`);
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
        `delete from audit_log where chain_pos in (select chain_pos from audit_log where chain_pos is not null order by chain_pos desc limit 5)`,
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
