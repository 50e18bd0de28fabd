import type { Db, Tx } from '../db/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { deleteSessionsOf, updateUser, userByEmail, type UserRow } from '../auth/auth.queries.ts';
import { hashPassword } from '../auth/password.ts';
import { randomToken } from '../auth/tokens.ts';
import { setPersonFields } from '../registry/people.queries.ts';
import type { ScimClient } from './scim-token.service.ts';
import {
  externalIdTaken,
  findAdoptableUser,
  findManagedUser,
  insertUser,
  managedUsersPage,
  organizationPeopleMatching,
  revokeTokensOf,
  setUser,
  userOfPerson,
  type ManagedUserFilter,
} from './scim.queries.ts';
import { ScimError, type ScimUserState } from './scim.schema.ts';

export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

type ScimStored = {
  givenName?: string;
  familyName?: string;
  displayName?: string;
  deleted?: boolean;
};

const stored = (u: UserRow): ScimStored => (u.scim ?? {}) as ScimStored;

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
    const u = await findManagedUser(db, client.organizationId, uuid);
    if (!u) throw new ScimError(404, undefined, `User ${id} not found`);
    return u;
  }

  /** The person record a user is matched to: organization + staff id, else organization + e-mail. */
  async function matchPerson(tx: Tx, client: ScimClient, state: ScimUserState, userId?: string) {
    const byStaff = state.employeeNumber
      ? await organizationPeopleMatching(tx, client.organizationId, {
          staffId: state.employeeNumber,
        })
      : [];
    const candidates = byStaff.length
      ? byStaff
      : await organizationPeopleMatching(tx, client.organizationId, { email: state.userName });
    if (candidates.length !== 1 || !candidates[0]) return null;
    const personId = candidates[0].id;
    // A person already linked to another login stays with it.
    const taken = await userOfPerson(tx, personId);
    return taken && taken.id !== userId ? null : personId;
  }

  /** Ends every session and API token of a user at once. */
  async function cutAccess(tx: Tx, userId: string) {
    await deleteSessionsOf(tx, userId);
    await revokeTokensOf(tx, userId);
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
      if (await userByEmail(tx, state.userName))
        throw new ScimError(409, 'uniqueness', `userName ${state.userName} is taken`);
    }
    const personId =
      (await matchPerson(tx, client, state, current.id)) ??
      (current.personId && state.employeeNumber === current.staffId ? current.personId : null);
    const row = await setUser(tx, current.id, {
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
    });
    if (!row) throw new ScimError(404, undefined, 'User not found');
    const deactivated = current.disabled === false && !state.active;
    const reactivated = current.disabled && state.active;
    if (deactivated) await cutAccess(tx, row.id);
    if (row.personId && (deactivated || reactivated)) {
      await setPersonFields(tx, row.personId, {
        deactivatedAt: deactivated ? new Date() : null,
        updatedAt: new Date(),
      });
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
      filter: ManagedUserFilter | null,
      startIndex: number,
      countLimit: number,
    ) {
      const { total, rows } = await managedUsersPage(
        db,
        client.organizationId,
        filter,
        startIndex - 1,
        countLimit,
      );
      return {
        schemas: [LIST_RESPONSE],
        totalResults: total,
        startIndex,
        itemsPerPage: rows.length,
        Resources: rows.map((r) => resource(r, client.organizationCode)),
      };
    },

    async create(client: ScimClient, state: ScimUserState) {
      const passwordHash = await hashPassword(randomToken());
      const row = await db.transaction(async (tx) => {
        const existing = await userByEmail(tx, state.userName);
        if (existing) {
          // A login of this organization not yet managed by its directory is taken over.
          const adoptable = await findAdoptableUser(tx, client.organizationId, existing.id);
          if (!adoptable)
            throw new ScimError(409, 'uniqueness', `userName ${state.userName} exists`);
          return write(tx, client, { ...adoptable, scim: null }, state, 'scim.user_create');
        }
        if (state.externalId) {
          if (await externalIdTaken(tx, client.organizationId, state.externalId))
            throw new ScimError(409, 'uniqueness', `externalId ${state.externalId} exists`);
        }
        const personId = await matchPerson(tx, client, state);
        const created = await insertUser(tx, {
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
        });
        if (!created) throw new Error('insert returned nothing');
        if (personId && !state.active) {
          await setPersonFields(tx, personId, { deactivatedAt: new Date() });
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
        await updateUser(tx, current.id, {
          disabled: true,
          externalId: null,
          scim: { deleted: true },
          updatedAt: new Date(),
        });
        await cutAccess(tx, current.id);
        if (current.personId) {
          await setPersonFields(tx, current.personId, {
            deactivatedAt: new Date(),
            updatedAt: new Date(),
          });
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
