import { and, asc, count, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { apiTokens, organizations, people, scimTokens, users } from '../db/schema/index.ts';

type UserInsert = typeof users.$inferInsert;

// ---- Users as an organization's directory sees them ----

/**
 * The users an organization's directory may manage: those it provisioned and those whose person
 * record belongs to the organization — never system administrators or break-glass accounts.
 */
function inOrganization(organizationId: string): SQL {
  return and(
    or(
      eq(users.organizationId, organizationId),
      sql`exists (select 1 from ${people} where ${people.id} = ${users.personId} and ${people.organizationId} = ${organizationId})`,
    ),
    eq(users.isSystemAdmin, false),
    eq(users.breakGlass, false),
  ) as SQL;
}

const notDeleted = sql`coalesce(${users.scim}->>'deleted', 'false') <> 'true'`;

/** A user the organization's directory manages and has not deleted. */
export async function findManagedUser(ex: Executor, organizationId: string, id: string) {
  const [u] = await ex
    .select()
    .from(users)
    .where(and(eq(users.id, id), inOrganization(organizationId), notDeleted));
  return u;
}

/** A user of the organization its directory may take over (not yet managed, or deleted by it). */
export async function findAdoptableUser(tx: Tx, organizationId: string, id: string) {
  const [u] = await tx
    .select()
    .from(users)
    .where(
      and(
        eq(users.id, id),
        inOrganization(organizationId),
        or(isNull(users.externalId), sql`not (${notDeleted})`),
      ),
    );
  return u;
}

export interface ManagedUserFilter {
  attribute: 'userName' | 'externalId';
  value: string;
}

/** A page of the users the directory manages (oldest first), and how many there are. */
export async function managedUsersPage(
  ex: Executor,
  organizationId: string,
  filter: ManagedUserFilter | null,
  offset: number,
  limit: number,
) {
  const where = and(
    inOrganization(organizationId),
    notDeleted,
    filter?.attribute === 'userName'
      ? eq(users.email, filter.value.toLowerCase())
      : filter?.attribute === 'externalId'
        ? eq(users.externalId, filter.value)
        : undefined,
  );
  const [total] = await ex.select({ n: count() }).from(users).where(where);
  const rows = await ex
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.createdAt), asc(users.id))
    .offset(offset)
    .limit(limit);
  return { total: total?.n ?? 0, rows };
}

/** Whether an organization already has a user with this external id. */
export async function externalIdTaken(tx: Tx, organizationId: string, externalId: string) {
  const [dup] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.externalId, externalId)));
  return Boolean(dup);
}

/** The people of an organization with this staff id, or (no staff id) this e-mail. */
export function organizationPeopleMatching(
  ex: Executor,
  organizationId: string,
  by: { staffId: string } | { email: string },
) {
  return ex
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        'staffId' in by
          ? eq(people.staffId, by.staffId)
          : sql`lower(${people.email}) = ${by.email}`,
      ),
    );
}

/** The login linked to a person, if any. */
export async function userOfPerson(ex: Executor, personId: string) {
  const [u] = await ex.select().from(users).where(eq(users.personId, personId));
  return u;
}

export async function insertUser(tx: Tx, values: UserInsert) {
  const [row] = await tx.insert(users).values(values).returning();
  return row;
}

/** Updates a user and reads the row back. */
export async function setUser(tx: Tx, id: string, set: Partial<UserInsert>) {
  const [row] = await tx.update(users).set(set).where(eq(users.id, id)).returning();
  return row;
}

/** Revokes every live API token of a user. */
export async function revokeTokensOf(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

// ---- SCIM bearer tokens ----

export type ScimTokenRow = typeof scimTokens.$inferSelect;

/** An organization by id, or else by code. */
export async function organizationByIdOrCode(
  ex: Executor,
  by: { id?: string | undefined; code?: string | undefined },
) {
  const [org] = await ex
    .select()
    .from(organizations)
    .where(by.id ? eq(organizations.id, by.id) : eq(organizations.code, by.code ?? ''));
  return org;
}

export async function insertScimToken(tx: Tx, values: typeof scimTokens.$inferInsert) {
  const [row] = await tx.insert(scimTokens).values(values).returning();
  return row;
}

/** Every SCIM token with its organization's code, newest first. */
export function scimTokensWithCodes(ex: Executor) {
  return ex
    .select({ t: scimTokens, code: organizations.code })
    .from(scimTokens)
    .innerJoin(organizations, eq(organizations.id, scimTokens.organizationId))
    .orderBy(desc(scimTokens.createdAt));
}

/** Revokes a live token; returns it (none: unknown or already revoked). */
export async function revokeScimToken(tx: Tx, id: string) {
  const [row] = await tx
    .update(scimTokens)
    .set({ revokedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(scimTokens.id, id), isNull(scimTokens.revokedAt)))
    .returning();
  return row;
}

/** Marks a live token used and returns it (none: unknown or revoked). */
export async function useScimToken(ex: Executor, tokenHash: string) {
  const [row] = await ex
    .update(scimTokens)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(scimTokens.tokenHash, tokenHash), isNull(scimTokens.revokedAt)))
    .returning();
  return row;
}
