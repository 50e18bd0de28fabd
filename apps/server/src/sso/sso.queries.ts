import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import {
  oidcLogins,
  oidcProviders,
  organizations,
  organizationSignIn,
  people,
  users,
} from '../db/schema/index.ts';

export type ProviderRow = typeof oidcProviders.$inferSelect;
type ProviderInsert = typeof oidcProviders.$inferInsert;

// ---- Providers ----

export async function findProvider(ex: Executor, id: string) {
  const [p] = await ex.select().from(oidcProviders).where(eq(oidcProviders.id, id));
  return p;
}

export async function findEnabledProvider(ex: Executor, id: string) {
  const [p] = await ex
    .select()
    .from(oidcProviders)
    .where(and(eq(oidcProviders.id, id), eq(oidcProviders.enabled, true)));
  return p;
}

export function enabledProviders(ex: Executor) {
  return ex.select().from(oidcProviders).where(eq(oidcProviders.enabled, true));
}

export function providersByName(ex: Executor) {
  return ex.select().from(oidcProviders).orderBy(asc(oidcProviders.name));
}

export function allProviders(ex: Executor) {
  return ex.select().from(oidcProviders);
}

export async function insertProvider(tx: Tx, values: ProviderInsert) {
  const [row] = await tx.insert(oidcProviders).values(values).returning();
  return row;
}

export async function updateProvider(tx: Tx, id: string, set: Partial<ProviderInsert>) {
  const [row] = await tx.update(oidcProviders).set(set).where(eq(oidcProviders.id, id)).returning();
  return row;
}

export async function deleteProvider(tx: Tx, id: string) {
  const [row] = await tx.delete(oidcProviders).where(eq(oidcProviders.id, id)).returning();
  return row;
}

// ---- Sign-ins in progress ----

/** Forgets the sign-ins whose state has expired, and keeps a new one. */
export async function startLogin(ex: Executor, values: typeof oidcLogins.$inferInsert) {
  await ex.delete(oidcLogins).where(sql`${oidcLogins.expiresAt} < now()`);
  await ex.insert(oidcLogins).values(values);
}

/** Takes a sign-in in progress by its state (once: it is deleted), unless it has expired. */
export async function takeLogin(ex: Executor, stateHash: string) {
  const [login] = await ex
    .delete(oidcLogins)
    .where(and(eq(oidcLogins.stateHash, stateHash), gt(oidcLogins.expiresAt, new Date())))
    .returning();
  return login;
}

// ---- Matching the person a provider vouches for ----

/** A login provisioned for one of these organizations with this staff id. */
export async function provisionedUser(ex: Executor, organizationIds: string[], staffId: string) {
  const [u] = await ex
    .select()
    .from(users)
    .where(and(inArray(users.organizationId, organizationIds), eq(users.staffId, staffId)));
  return u;
}

/** A login of one of these organizations with this e-mail address. */
export async function organizationUserByEmail(
  ex: Executor,
  organizationIds: string[],
  email: string,
) {
  const [u] = await ex
    .select()
    .from(users)
    .where(and(eq(users.email, email), inArray(users.organizationId, organizationIds)));
  return u;
}

/** Up to two people of these organizations with this staff id, or else this e-mail. */
export function organizationsPeopleMatching(
  ex: Executor,
  organizationIds: string[],
  by: { staffId: string } | { email: string },
) {
  return ex
    .select()
    .from(people)
    .where(
      and(
        inArray(people.organizationId, organizationIds),
        'staffId' in by
          ? eq(people.staffId, by.staffId)
          : sql`lower(${people.email}) = ${by.email}`,
      ),
    )
    .limit(2);
}

// ---- Organizations' sign-in settings ----

export function organizationCodes(ex: Executor) {
  return ex.select({ id: organizations.id, code: organizations.code }).from(organizations);
}

export function organizationsInCodeOrder(ex: Executor) {
  return ex.select().from(organizations).orderBy(asc(organizations.code));
}

/** The organizations among these ids that exist. */
export async function existingOrganizations(ex: Executor, ids: string[]) {
  return ex
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, ids));
}

export function signInPolicies(ex: Executor) {
  return ex.select().from(organizationSignIn);
}

export async function setLocalPasswords(
  tx: Tx,
  organizationId: string,
  localPasswords: boolean,
): Promise<void> {
  await tx
    .insert(organizationSignIn)
    .values({ organizationId, localPasswords })
    .onConflictDoUpdate({
      target: organizationSignIn.organizationId,
      set: { localPasswords, updatedAt: sql`now()` },
    });
}

/** Marks a login break-glass or not; returns its id (none: no such user). */
export async function setBreakGlass(tx: Tx, userId: string, breakGlass: boolean) {
  const [row] = await tx
    .update(users)
    .set({ breakGlass, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return row;
}
