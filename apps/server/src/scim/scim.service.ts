import { and, asc, count, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { apiTokens, people, sessions, users } from '../db/schema/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import { randomToken } from '../auth/tokens.ts';
import type { ScimClient } from './scim-token.service.ts';
import { ScimError, type ScimUserState } from './scim.schema.ts';

export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

type UserRow = typeof users.$inferSelect;
type ScimStored = {
  givenName?: string;
  familyName?: string;
  displayName?: string;
  deleted?: boolean;
};

const stored = (u: UserRow): ScimStored => (u.scim ?? {}) as ScimStored;

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

export function createScimService(db: Db, publicUrl: string) {
  function resource(u: UserRow, organizationCode: string) {
    const s = stored(u);
    return {
      schemas: [CORE_USER, ENTERPRISE_USER],
      id: u.id,
      ...(u.externalId ? { externalId: u.externalId } : {}),
      userName: u.email,
      name: {
        ...(s.givenName ? { givenName: s.givenName } : {}),
        ...(s.familyName ? { familyName: s.familyName } : {}),
      },
      ...(s.displayName ? { displayName: s.displayName } : {}),
      emails: [{ value: u.email, type: 'work', primary: true }],
      active: !u.disabled,
      [ENTERPRISE_USER]: {
        ...(u.staffId ? { employeeNumber: u.staffId } : {}),
        organization: organizationCode,
      },
      meta: {
        resourceType: 'User',
        created: u.createdAt.toISOString(),
        lastModified: u.updatedAt.toISOString(),
        location: `${publicUrl}/scim/v2/Users/${u.id}`,
        version: `W/"${u.updatedAt.getTime()}"`,
      },
    };
  }

  async function find(client: ScimClient, id: string): Promise<UserRow> {
    const uuid = /^[0-9a-f-]{36}$/i.test(id) ? id : '00000000-0000-0000-0000-000000000000';
    const [u] = await db
      .select()
      .from(users)
      .where(and(eq(users.id, uuid), inOrganization(client.organizationId), notDeleted));
    if (!u) throw new ScimError(404, undefined, `User ${id} not found`);
    return u;
  }

  /** The person record a user is matched to: organization + staff id, else organization + e-mail. */
  async function matchPerson(tx: Tx, client: ScimClient, state: ScimUserState, userId?: string) {
    const byStaff = state.employeeNumber
      ? await tx
          .select({ id: people.id })
          .from(people)
          .where(
            and(
              eq(people.organizationId, client.organizationId),
              eq(people.staffId, state.employeeNumber),
            ),
          )
      : [];
    const candidates = byStaff.length
      ? byStaff
      : await tx
          .select({ id: people.id })
          .from(people)
          .where(
            and(
              eq(people.organizationId, client.organizationId),
              sql`lower(${people.email}) = ${state.userName}`,
            ),
          );
    if (candidates.length !== 1 || !candidates[0]) return null;
    const personId = candidates[0].id;
    // A person already linked to another login stays with it.
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.personId, personId));
    return taken && taken.id !== userId ? null : personId;
  }

  /** Ends every session and API token of a user at once. */
  async function cutAccess(tx: Tx, userId: string) {
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  }

  /** Writes a user's provisioned state; deactivation ends their sessions and crisis enrolment. */
  async function write(
    tx: Tx,
    client: ScimClient,
    current: UserRow,
    state: ScimUserState,
    action: string,
  ): Promise<UserRow> {
    if (state.userName !== current.email) {
      const [clash] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, state.userName));
      if (clash) throw new ScimError(409, 'uniqueness', `userName ${state.userName} is taken`);
    }
    const personId =
      (await matchPerson(tx, client, state, current.id)) ??
      (current.personId && state.employeeNumber === current.staffId ? current.personId : null);
    const [row] = await tx
      .update(users)
      .set({
        email: state.userName,
        externalId: state.externalId ?? null,
        staffId: state.employeeNumber ?? null,
        organizationId: client.organizationId,
        disabled: !state.active,
        personId,
        scim: {
          givenName: state.givenName,
          familyName: state.familyName,
          displayName: state.displayName,
        },
        updatedAt: new Date(),
      })
      .where(eq(users.id, current.id))
      .returning();
    if (!row) throw new ScimError(404, undefined, 'User not found');
    const deactivated = current.disabled === false && !state.active;
    const reactivated = current.disabled && state.active;
    if (deactivated) await cutAccess(tx, row.id);
    if (row.personId && (deactivated || reactivated)) {
      await tx
        .update(people)
        .set({ deactivatedAt: deactivated ? new Date() : null, updatedAt: new Date() })
        .where(eq(people.id, row.personId));
    }
    await recordAudit(tx, client.actor, {
      action,
      entity: 'user',
      entityId: row.id,
      organizationId: client.organizationId,
      before: snapshot(current),
      after: { ...snapshot(row), ...(deactivated ? { sessionsEnded: true } : {}) },
    });
    return row;
  }

  function stateOf(u: UserRow): ScimUserState {
    const s = stored(u);
    return {
      userName: u.email,
      externalId: u.externalId ?? undefined,
      givenName: s.givenName,
      familyName: s.familyName,
      displayName: s.displayName,
      active: !u.disabled,
      employeeNumber: u.staffId ?? undefined,
    };
  }

  return {
    resource,
    stateOf,

    async get(client: ScimClient, id: string) {
      return resource(await find(client, id), client.organizationCode);
    },

    async list(
      client: ScimClient,
      filter: { attribute: 'userName' | 'externalId'; value: string } | null,
      startIndex: number,
      countLimit: number,
    ) {
      const where = and(
        inOrganization(client.organizationId),
        notDeleted,
        filter?.attribute === 'userName'
          ? eq(users.email, filter.value.toLowerCase())
          : filter?.attribute === 'externalId'
            ? eq(users.externalId, filter.value)
            : undefined,
      );
      const [total] = await db.select({ n: count() }).from(users).where(where);
      const rows = await db
        .select()
        .from(users)
        .where(where)
        .orderBy(asc(users.createdAt), asc(users.id))
        .offset(startIndex - 1)
        .limit(countLimit);
      return {
        schemas: [LIST_RESPONSE],
        totalResults: total?.n ?? 0,
        startIndex,
        itemsPerPage: rows.length,
        Resources: rows.map((r) => resource(r, client.organizationCode)),
      };
    },

    async create(client: ScimClient, state: ScimUserState) {
      const passwordHash = await hashPassword(randomToken());
      const row = await db.transaction(async (tx) => {
        const [existing] = await tx.select().from(users).where(eq(users.email, state.userName));
        if (existing) {
          // A login of this organization not yet managed by its directory is taken over.
          const [adoptable] = await tx
            .select()
            .from(users)
            .where(
              and(
                eq(users.id, existing.id),
                inOrganization(client.organizationId),
                or(isNull(users.externalId), sql`not (${notDeleted})`),
              ),
            );
          if (!adoptable)
            throw new ScimError(409, 'uniqueness', `userName ${state.userName} exists`);
          return write(tx, client, { ...adoptable, scim: null }, state, 'scim.user_create');
        }
        if (state.externalId) {
          const [dup] = await tx
            .select({ id: users.id })
            .from(users)
            .where(
              and(
                eq(users.organizationId, client.organizationId),
                eq(users.externalId, state.externalId),
              ),
            );
          if (dup) throw new ScimError(409, 'uniqueness', `externalId ${state.externalId} exists`);
        }
        const personId = await matchPerson(tx, client, state);
        const [created] = await tx
          .insert(users)
          .values({
            email: state.userName,
            // Signs in through the organization's identity provider; no usable local password.
            passwordHash,
            personId,
            isSystemAdmin: false,
            disabled: !state.active,
            organizationId: client.organizationId,
            staffId: state.employeeNumber ?? null,
            externalId: state.externalId ?? null,
            scim: {
              givenName: state.givenName,
              familyName: state.familyName,
              displayName: state.displayName,
            },
          })
          .returning();
        if (!created) throw new Error('insert returned nothing');
        if (personId && !state.active) {
          await tx.update(people).set({ deactivatedAt: new Date() }).where(eq(people.id, personId));
        }
        await recordAudit(tx, client.actor, {
          action: 'scim.user_create',
          entity: 'user',
          entityId: created.id,
          organizationId: client.organizationId,
          after: snapshot(created),
        });
        return created;
      });
      return resource(row, client.organizationCode);
    },

    async replace(client: ScimClient, id: string, state: ScimUserState) {
      const current = await find(client, id);
      const row = await db.transaction((tx) =>
        write(tx, client, current, state, 'scim.user_replace'),
      );
      return resource(row, client.organizationCode);
    },

    async patch(client: ScimClient, id: string, apply: (s: ScimUserState) => ScimUserState) {
      const current = await find(client, id);
      const next = apply(stateOf(current));
      const row = await db.transaction((tx) => write(tx, client, current, next, 'scim.user_patch'));
      return resource(row, client.organizationCode);
    },

    /**
     * Deletes the user as the directory sees it: the login is deactivated and released from the
     * directory (later GETs answer 404); the person record and its history stay.
     */
    async remove(client: ScimClient, id: string) {
      const current = await find(client, id);
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ disabled: true, externalId: null, scim: { deleted: true }, updatedAt: new Date() })
          .where(eq(users.id, current.id));
        await cutAccess(tx, current.id);
        if (current.personId) {
          await tx
            .update(people)
            .set({ deactivatedAt: new Date(), updatedAt: new Date() })
            .where(eq(people.id, current.personId));
        }
        await recordAudit(tx, client.actor, {
          action: 'scim.user_delete',
          entity: 'user',
          entityId: current.id,
          organizationId: client.organizationId,
          before: snapshot(current),
        });
      });
    },
  };
}

function snapshot(u: UserRow) {
  return {
    email: u.email,
    externalId: u.externalId,
    staffId: u.staffId,
    personId: u.personId,
    active: !u.disabled,
  };
}

export type ScimService = ReturnType<typeof createScimService>;
