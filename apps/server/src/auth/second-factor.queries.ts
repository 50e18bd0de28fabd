import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { recoveryCodes, sessions, users } from '../db/schema/index.ts';

/** Records that the session passed the second factor, clearing its wrong codes. */
export async function markSecondFactorPassed(ex: Executor, sessionId: string): Promise<void> {
  await ex
    .update(sessions)
    .set({ secondFactorAt: new Date(), secondFactorFailures: 0 })
    .where(eq(sessions.id, sessionId));
}

/** Counts one more wrong code in the session; returns the count (none: no such session). */
export async function countWrongCode(ex: Executor, sessionId: string) {
  const [row] = await ex
    .update(sessions)
    .set({ secondFactorFailures: sql`${sessions.secondFactorFailures} + 1` })
    .where(eq(sessions.id, sessionId))
    .returning({ failures: sessions.secondFactorFailures });
  return row;
}

/** Replaces a user's recovery codes with these hashes. */
export async function replaceRecoveryCodeHashes(
  tx: Tx,
  userId: string,
  hashes: string[],
): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

export async function deleteRecoveryCodes(tx: Tx, userId: string): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/**
 * Compare-and-set of the last TOTP time step used: two requests with the same code cannot both
 * pass. Whether this one did.
 */
export async function advanceTotpStep(
  ex: Executor,
  userId: string,
  lastStep: number | null,
  step: number,
): Promise<boolean> {
  const [row] = await ex
    .update(users)
    .set({ totpLastStep: step })
    .where(
      and(
        eq(users.id, userId),
        lastStep === null ? isNull(users.totpLastStep) : sql`${users.totpLastStep} = ${lastStep}`,
      ),
    )
    .returning({ id: users.id });
  return Boolean(row);
}

/** Uses a recovery code of the user if it is theirs and unused; whether it was. */
export async function useRecoveryCode(
  ex: Executor,
  userId: string,
  codeHash: string,
): Promise<boolean> {
  const [used] = await ex
    .update(recoveryCodes)
    .set({ usedAt: new Date(), updatedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return Boolean(used);
}

export async function unusedRecoveryCodes(ex: Executor, userId: string): Promise<number> {
  const [left] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return left?.n ?? 0;
}

/** Clears a user's second factor; whether the user exists. */
export async function clearSecondFactor(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return Boolean(row);
}
