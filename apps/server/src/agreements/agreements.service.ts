import { agreementFlags, agreementIssues, can } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, invalidFields, notFound } from '../http/errors.ts';
import { organizationExists } from '../registry/lookups.queries.ts';
import { reaches } from '../wellbeing/support.queries.ts';
import type { AgreementInput, AgreementPatchInput } from './agreements.schema.ts';
import {
  findReadableAgreement,
  insertAgreement,
  readableAgreements,
  updateAgreement,
  type AgreementListRow,
} from './agreements.queries.ts';

const mayManage = (actor: RequestActor, keys: { countryId: string; organizationId: string }) =>
  can(actor, 'agreement.manage', keys);

function present(actor: RequestActor, r: AgreementListRow, day: string) {
  const { createdAt: _c, updatedAt: _u, ...a } = r.a;
  return {
    ...a,
    countryName: r.countryName,
    organizationCode: r.organizationCode,
    flags: agreementFlags(a, day),
    abilities: { canEdit: mayManage(actor, a) },
  };
}

/** Host country agreements with their security annex and review date [003 Rec. 1, ¶27–30]. */
export function createAgreementService(db: Db) {
  async function one(actor: RequestActor, id: string) {
    const [r] = await readableAgreements(db, actor, { id });
    if (!r) throw notFound('Host country agreement');
    return present(actor, r, today());
  }

  function check(a: Parameters<typeof agreementIssues>[0]) {
    const issues = agreementIssues(a);
    if (issues.length) throw invalidFields(issues);
  }

  return {
    async list(actor: RequestActor, countryId: string) {
      if (!reaches(actor, 'agreement.read', countryId)) throw notFound('Country');
      const day = today();
      const items = (await readableAgreements(db, actor, { countryId })).map((r) =>
        present(actor, r, day),
      );
      return {
        countryId,
        items,
        abilities: { canEdit: reaches(actor, 'agreement.manage', countryId) },
      };
    },

    /** Every agreement the actor may read that is flagged (review overdue, no annex, no date). */
    async flagged(actor: RequestActor) {
      const day = today();
      const items = (await readableAgreements(db, actor))
        .map((r) => present(actor, r, day))
        .filter((a) => a.flags.length > 0);
      return { items };
    },

    async create(actor: RequestActor, countryId: string, input: AgreementInput) {
      if (!reaches(actor, 'agreement.read', countryId)) throw notFound('Country');
      const keys = { countryId, organizationId: input.organizationId };
      if (!mayManage(actor, keys))
        throw forbidden('Only the DO or the CSA record the host country agreements of a country');
      check(input);
      const id = await audited(db, actor, async (tx) => {
        if (!(await organizationExists(tx, input.organizationId)))
          throw invalid('organizationId', 'unknown organization');
        const row = await insertAgreement(tx, { ...input, countryId });
        if (!row) throw new Error('insert returned nothing');
        return {
          result: row.id,
          audit: {
            action: 'host_agreement.create',
            entity: 'host_agreement',
            entityId: row.id,
            countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
      return one(actor, id);
    },

    async update(actor: RequestActor, id: string, patch: AgreementPatchInput) {
      await audited(db, actor, async (tx) => {
        const before = await findReadableAgreement(tx, actor, id);
        if (!before) throw notFound('Host country agreement');
        if (!mayManage(actor, before))
          throw forbidden('Only the DO or the CSA change the host country agreements of a country');
        check({ ...before, ...patch });
        const row = await updateAgreement(tx, id, patch);
        if (!row) throw notFound('Host country agreement');
        return {
          result: row,
          audit: {
            action: 'host_agreement.update',
            entity: 'host_agreement',
            entityId: id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before,
            after: row,
          },
        };
      });
      return one(actor, id);
    },
  };
}

export type AgreementService = ReturnType<typeof createAgreementService>;
