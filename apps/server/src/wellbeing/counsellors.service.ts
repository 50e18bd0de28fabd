import { can } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import type { CounsellorInput, CounsellorPatchInput } from './support.schema.ts';
import { findPersonRow, organizationExists } from '../registry/lookups.queries.ts';
import {
  currentCounsellors,
  findDesignation,
  insertCounsellor,
  updateCounsellor,
} from './counsellors.queries.ts';
import { reaches } from './support.queries.ts';

/** Whether the actor may see who the counsellors of a country are (anyone who works there). */
function maySee(actor: RequestActor, countryId: string) {
  return (
    can(actor, 'structure.read', { countryId }) ||
    reaches(actor, 'wellbeing.counts', countryId) ||
    reaches(actor, 'wellbeing.counsel', countryId) ||
    reaches(actor, 'wellbeing.designate', countryId)
  );
}

/** Stress counsellors designated per country (or organization in it) [003 ¶169, 000 §26b]. */
export function createCounsellorService(db: Db) {
  async function list(actor: RequestActor, countryId: string) {
    if (!maySee(actor, countryId)) throw notFound('Country');
    const day = today();
    const rows = await currentCounsellors(db, countryId, day);
    return {
      items: rows.map(({ givenName, familyName, ...r }) => ({
        ...r,
        name: `${givenName} ${familyName}`,
      })),
      canDesignate: reaches(actor, 'wellbeing.designate', countryId),
    };
  }

  return {
    list,

    async designate(actor: RequestActor, countryId: string, input: CounsellorInput) {
      if (!maySee(actor, countryId)) throw notFound('Country');
      if (!can(actor, 'wellbeing.designate', { countryId, organizationId: input.organizationId }))
        throw forbidden(
          'Only the CSA, or an HQ focal point for their organization, designates counsellors',
        );
      if (input.endsOn && input.endsOn < input.startsOn)
        throw invalid('endsOn', 'must not be before startsOn');
      await audited(db, actor, async (tx) => {
        if (!(await findPersonRow(tx, input.personId))) throw invalid('personId', 'unknown person');
        if (input.organizationId && !(await organizationExists(tx, input.organizationId)))
          throw invalid('organizationId', 'unknown organization');
        const row = await insertCounsellor(tx, { ...input, countryId });
        return {
          result: row,
          audit: {
            action: 'stress_counsellor.designate',
            entity: 'stress_counsellor',
            entityId: row.id,
            countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
      return list(actor, countryId);
    },

    async update(actor: RequestActor, id: string, patch: CounsellorPatchInput) {
      const countryId = await audited(db, actor, async (tx) => {
        const before = await findDesignation(tx, actor, id);
        if (!before) throw notFound('Counsellor designation');
        const endsOn = patch.endsOn === undefined ? before.endsOn : patch.endsOn;
        if (endsOn && endsOn < before.startsOn)
          throw invalid('endsOn', 'must not be before startsOn');
        const row = await updateCounsellor(tx, id, patch);
        if (!row) throw notFound('Counsellor designation');
        return {
          result: row.countryId,
          audit: {
            action: 'stress_counsellor.update',
            entity: 'stress_counsellor',
            entityId: id,
            countryId: row.countryId,
            before,
            after: row,
          },
        };
      });
      return list(actor, countryId);
    },
  };
}

export type CounsellorService = ReturnType<typeof createCounsellorService>;
