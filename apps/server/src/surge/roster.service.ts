import { can, rosterStatus, type RosterAvailability } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalid, notFound } from '../http/errors.ts';
import type { RosterInput } from './surge.schema.ts';
import {
  deployedOn,
  findPerson,
  findVisibleOfficer,
  insertOfficer,
  listRoster,
  officerNames,
  rosterEntryOf,
  updateOfficer,
  type RosterFilter,
  type RosterRow,
} from './surge.queries.ts';

/** Refuses (403) unless the actor manages surge for these keys (headquarters). */
export function assertManage(
  actor: RequestActor,
  keys: { countryId?: string; organizationId?: string },
) {
  if (!can(actor, 'surge.manage', keys))
    throw forbidden('Only headquarters manages the surge roster and deployments');
}

/** Roster officers with their name, organization code and whether deployed today. */
export async function officersOf(ex: Executor, rows: RosterRow[], day: string) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [names, busy] = await Promise.all([
    officerNames(
      ex,
      rows.map((r) => r.personId),
    ),
    deployedOn(ex, ids, day),
  ]);
  const byPerson = new Map(names.map((n) => [n.id, n]));
  const deployed = new Set(busy.map((b) => b.rosterId));
  return rows.map((r) => {
    const n = byPerson.get(r.personId);
    return {
      id: r.id,
      personId: r.personId,
      name: n ? `${n.givenName} ${n.familyName}` : '',
      organizationId: r.organizationId,
      organizationCode: n?.code ?? '',
      countryId: r.countryId,
      gradeRole: r.gradeRole,
      languages: r.languages,
      availableFrom: r.availableFrom,
      availableUntil: r.availableUntil,
      availability: r.availability,
      status: rosterStatus(r.availability as RosterAvailability, deployed.has(r.id)),
      notes: r.notes,
    };
  });
}

function checkAvailability(input: { availableFrom?: string; availableUntil?: string | null }) {
  if (input.availableFrom && input.availableUntil && input.availableUntil < input.availableFrom)
    throw invalid('availableUntil', 'must be on or after availableFrom');
}

/** The surge roster: deployable officers, kept by headquarters (`surge.manage`). */
export function createRosterService(db: Db) {
  // Scoped finder: an officer outside the actor's scope is never loaded (404, not 403).
  async function rosterRow(actor: RequestActor, id: string) {
    const row = await findVisibleOfficer(db, actor, id);
    if (!row) throw notFound('Roster officer');
    return row;
  }

  async function officer(actor: RequestActor, id: string) {
    const [one] = await officersOf(db, [await rosterRow(actor, id)], today());
    if (!one) throw notFound('Roster officer');
    return one;
  }

  return {
    officer,

    async roster(actor: RequestActor, f: RosterFilter) {
      const day = today();
      const { rows, total } = await listRoster(db, actor, f, day);
      return {
        items: await officersOf(db, rows, day),
        page: f.page,
        pageSize: f.pageSize,
        total,
        abilities: { canManage: can(actor, 'surge.manage', {}) },
      };
    },

    async addOfficer(actor: RequestActor, input: RosterInput) {
      const person = await findPerson(db, input.personId);
      if (!person) throw invalid('personId', 'unknown person');
      assertManage(actor, { countryId: person.countryId, organizationId: person.organizationId });
      checkAvailability(input);
      const dup = await rosterEntryOf(db, input.personId);
      if (dup)
        throw conflict('This person is already on the surge roster', [
          { path: 'personId', message: 'already on the roster' },
        ]);
      const id = await audited(db, actor, async (tx) => {
        const row = await insertOfficer(tx, {
          ...input,
          organizationId: person.organizationId,
          countryId: person.countryId,
        });
        if (!row) throw new Error('roster officer not created');
        return {
          result: row.id,
          audit: {
            action: 'surge_roster.add',
            entity: 'surge_roster',
            entityId: row.id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
      return officer(actor, id);
    },

    async updateOfficer(
      actor: RequestActor,
      id: string,
      patch: Partial<Omit<RosterInput, 'personId'>>,
    ) {
      const before = await rosterRow(actor, id);
      assertManage(actor, { countryId: before.countryId, organizationId: before.organizationId });
      checkAvailability({
        availableFrom: patch.availableFrom ?? before.availableFrom,
        availableUntil:
          patch.availableUntil === undefined ? before.availableUntil : patch.availableUntil,
      });
      await audited(db, actor, async (tx) => {
        const row = await updateOfficer(tx, id, { ...patch, updatedAt: new Date() });
        if (!row) throw notFound('Roster officer');
        return {
          result: row.id,
          audit: {
            action: 'surge_roster.update',
            entity: 'surge_roster',
            entityId: id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before,
            after: row,
          },
        };
      });
      return officer(actor, id);
    },
  };
}
