import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/harness.ts';
import { checkinSecret, signCheckin, useServerSecret, verifyCheckin } from './token.ts';

describe('server secret', () => {
  it('is the configured FIELDSAFE_SECRET when given, else the one kept in the database', async () => {
    const database = await testDatabase();
    try {
      const db = database.db;
      const stored = await checkinSecret(db);
      expect(await checkinSecret(db)).toEqual(stored);
      const configured = 'c'.repeat(40);
      useServerSecret(db, configured);
      expect((await checkinSecret(db)).toString('utf8')).toBe(configured);
      // A link signed under the configured secret does not verify under the stored one.
      const claim = {
        crisisId: '11111111-1111-4111-8111-111111111111',
        personId: '22222222-2222-4222-8222-222222222222',
        expiresAt: Math.floor(Date.now() / 1000) + 60,
      };
      const token = signCheckin(await checkinSecret(db), claim);
      expect(() => verifyCheckin(stored, token)).toThrow();
      useServerSecret(db, undefined);
      expect(await checkinSecret(db)).toEqual(stored);
    } finally {
      await database.close();
    }
  });
});
