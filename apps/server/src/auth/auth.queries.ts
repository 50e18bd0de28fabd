import { and, count, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { actorColumns } from '../access/actor.ts';
import type { Db, Executor, Tx } from '../db/client.ts';
import { findById } from '../db/by-id.queries.ts';
import {
  apiTokens,
  loginAttempts,
  organizationSignIn,
  people,
  sessions,
  users,
} from '../db/schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

// ---- Users ----

export async function userByEmail(ex: Executor, email: string): Promise<UserRow | undefined> {
  const [user] = await ex.select().from(users).where(eq(users.email, email));
  return user;
}

export function userById(ex: Executor, id: string): Promise<UserRow | undefined> {
  return findById(ex, users, id);
}

export async function updateUser(
  ex: Executor,
  id: string,
  set: Partial<typeof users.$inferInsert>,
): Promise<void> {
  await ex.update(users).set(set).where(eq(users.id, id));
}

/**
 * Whether the organization of the user's person (or, without one, the user's own) lets its
 * people sign in with a local password (`undefined`: no setting, allowed).
 */
export async function localPasswordsSetting(
  ex: Executor,
  user: Pick<UserRow, 'personId' | 'organizationId'>,
): Promise<boolean | undefined> {
  const [row] = await ex
    .select({ allowed: organizationSignIn.localPasswords })
    .from(organizationSignIn)
    .where(
      eq(
        organizationSignIn.organizationId,
        sql`coalesce((select ${people.organizationId} from ${people} where ${people.id} = ${user.personId}), ${user.organizationId})`,
      ),
    );
  return row?.allowed;
}

// ---- Sessions ----

/**
 * A live session with its user, person and the appointments in force on `day`, in one query
 * (it runs on every request).
 */
function liveSessionQuery(db: Db) {
  return db
    .select({
      ...actorColumns(sql.placeholder('day')),
      csrfToken: sessions.csrfToken,
      sessionId: sessions.id,
      expiresAt: sessions.expiresAt,
      method: sessions.method,
      secondFactorAt: sessions.secondFactorAt,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql`now()`)))
    .prepare('live_session');
}

/** Built once per database: the query runs on every request (a named prepared statement). */
const liveSessionQueries = new WeakMap<Db, ReturnType<typeof liveSessionQuery>>();

export async function liveSession(db: Db, sessionId: string, day: string) {
  let query = liveSessionQueries.get(db);
  if (!query) liveSessionQueries.set(db, (query = liveSessionQuery(db)));
  const [row] = await query.execute({ id: sessionId, day });
  return row;
}

export async function insertSession(tx: Tx, values: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(values);
}

export async function deleteSession(ex: Executor, id: string): Promise<void> {
  await ex.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOf(tx: Tx, userId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes expired sessions and login attempts older than a day. */
export async function pruneSessions(ex: Executor): Promise<void> {
  await ex.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
  await ex.delete(loginAttempts).where(sql`${loginAttempts.at} < now() - interval '1 day'`);
}

// ---- Sign-in attempts ----

export async function insertLoginAttempt(
  ex: Executor,
  values: { email: string; ip: string; succeeded: boolean },
): Promise<void> {
  await ex.insert(loginAttempts).values(values);
}

/** Failed sign-ins of an account or from an address since a time. */
export async function failuresSince(
  ex: Executor,
  column: 'email' | 'ip',
  value: string,
  since: Date,
): Promise<number> {
  const col = column === 'email' ? loginAttempts.email : loginAttempts.ip;
  const [row] = await ex
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(col, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

/** The last 40 sign-in attempts of an account from an address since a time, newest first. */
export function recentAttempts(ex: Executor, email: string, ip: string, since: Date) {
  return ex
    .select({ at: loginAttempts.at, succeeded: loginAttempts.succeeded })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip), gt(loginAttempts.at, since)),
    )
    .orderBy(desc(loginAttempts.at))
    .limit(40);
}

// ---- API tokens ----

/** Marks a live token used and returns its user, in one statement. */
export async function useApiToken(ex: Executor, tokenHash: string) {
  const [t] = await ex
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, new Date())),
      ),
    )
    .returning({ userId: apiTokens.userId });
  return t;
}

export async function insertApiToken(tx: Tx, values: typeof apiTokens.$inferInsert) {
  const [row] = await tx.insert(apiTokens).values(values).returning();
  return row;
}

export function apiTokensOf(ex: Executor, userId: string): Promise<ApiTokenRow[]> {
  return ex.select().from(apiTokens).where(eq(apiTokens.userId, userId));
}

/** Revokes one of a user's live tokens; returns it (none: not theirs or already revoked). */
export async function revokeUserToken(tx: Tx, userId: string, id: string) {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}
