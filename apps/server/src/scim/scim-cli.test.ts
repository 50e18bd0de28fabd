import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.ts';
import { openPglite } from '../db/client.ts';
import { scimTokens } from '../db/schema/index.ts';
import { sha256 } from '../auth/tokens.ts';
import { seededDataDir } from '../../test/data-dir.ts';

describe('fieldsafe scim token', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('creates a token for the organization and prints it on the last line', async () => {
    // A data folder as `fieldsafe seed` leaves it.
    dir = await seededDataDir('scim-cli');
    const saved = { url: process.env.DATABASE_URL, dir: process.env.FIELDSAFE_DATA_DIR };
    delete process.env.DATABASE_URL;
    process.env.FIELDSAFE_DATA_DIR = dir;
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['scim', 'token', '--organization', 'UNICEF'])).toBe(0);
      expect(await main(['scim', 'token', '--organization', 'NOPE'])).toBe(2);
    } finally {
      spy.mockRestore();
      if (saved.url) process.env.DATABASE_URL = saved.url;
      if (saved.dir) process.env.FIELDSAFE_DATA_DIR = saved.dir;
      else delete process.env.FIELDSAFE_DATA_DIR;
    }
    const lines = written.join('').trimEnd().split('\n');
    const token = lines.at(-1) ?? '';
    expect(token).toMatch(/^scim_[A-Za-z0-9_-]{40}$/);
    const database = await openPglite(dir);
    const rows = await database.db.select().from(scimTokens);
    await database.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(sha256(token));
  }, 120_000);
});
