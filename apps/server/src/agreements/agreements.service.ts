import { agreementFlags, agreementIssues, can } from '@fieldsafe/core';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { today, type RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Db, Executor } from '../db/client.ts';
import { countries, hostAgreements, organizations } from '../db/schema/index.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, invalidFields, notFound } from '../http/errors.ts';
import { reaches } from '../wellbeing/support.queries.ts';
import type { AgreementInput, AgreementPatchInput } from './agreements.schema.ts';

const readable = (actor: RequestActor) =>
  scopeWhere(actor, 'agreement.read', {
    countryId: hostAgreements.countryId,
    organizationId: hostAgreements.organizationId,
  });

async function rows(ex: Executor, where: SQL | undefined) {
  return ex
    .select({
      a: hostAgreements,
      countryName: countries.nameEn,
      organizationCode: organizations.code,
    })
    .from(hostAgreements)
    .innerJoin(countries, eq(countries.id, hostAgreements.countryId))
    .innerJoin(organizations, eq(organizations.id, hostAgreements.organizationId))
    .where(where)
    .orderBy(asc(countries.nameEn), asc(organizations.code), asc(hostAgreements.title));
}

type Row = Awaited<ReturnType<typeof rows>>[number];

const mayManage = (actor: RequestActor, keys: { countryId: string; organizationId: string }) =>
  can(actor, 'agreement.manage', keys);

function present(actor: RequestActor, r: Row, day: string) {
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
    const [r] = await rows(db, and(eq(hostAgreements.id, id), readable(actor)));
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
      const items = (
        await rows(db, and(eq(hostAgreements.countryId, countryId), readable(actor)))
      ).map((r) => present(actor, r, day));
      return {
        countryId,
        items,
        abilities: { canEdit: reaches(actor, 'agreement.manage', countryId) },
      };
    },

    /** Every agreement the actor may read that is flagged (review overdue, no annex, no date). */
    async flagged(actor: RequestActor) {
      const day = today();
      const items = (await rows(db, readable(actor)))
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
        const [org] = await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(eq(organizations.id, input.organizationId));
        if (!org) throw invalid('organizationId', 'unknown organization');
        const [row] = await tx
          .insert(hostAgreements)
          .values({ ...input, countryId })
          .returning();
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
        const [before] = await tx
          .select()
          .from(hostAgreements)
          .where(and(eq(hostAgreements.id, id), readable(actor)));
        if (!before) throw notFound('Host country agreement');
        if (!mayManage(actor, before))
          throw forbidden('Only the DO or the CSA change the host country agreements of a country');
        check({ ...before, ...patch });
        const [row] = await tx
          .update(hostAgreements)
          .set({ ...patch, updatedAt: new Date() })
          .where(eq(hostAgreements.id, id))
          .returning();
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
