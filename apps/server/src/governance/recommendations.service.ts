import { can, implementationRates, isRecommendationOverdue } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import {
  conflict,
  forbidden,
  invalid,
  invalidFields,
  isUniqueViolation,
  notFound,
  type FieldIssue,
} from '../http/errors.ts';
import {
  countryExists,
  findDocumentRef,
  knownOrganizationIds,
} from '../registry/lookups.queries.ts';
import {
  evidenceOf,
  findRecommendation,
  historyOf,
  insertAddressees,
  insertEvidence,
  insertRecommendation,
  insertStatusChange,
  listRecommendations,
  recommendationsForRates,
  replaceAddressees,
  updateRecommendation,
  type RecommendationRow,
} from './recommendations.queries.ts';
import type {
  EvidenceInput,
  RecommendationInput,
  RecommendationListFilter,
  RecommendationPatchInput,
} from './recommendations.schema.ts';

/**
 * May manage: a recommendation about their country (DO, DO a.i., CSA), or one addressed to
 * their organization (HQ security focal points); system administrators everything.
 */
function mayManage(
  actor: RequestActor,
  r: { countryId: string | null; addresseeIds: readonly string[] },
): boolean {
  if (can(actor, 'recommendation.manage', { countryId: r.countryId })) return true;
  return r.addresseeIds.some((organizationId) =>
    can(actor, 'recommendation.manage', { organizationId, countryId: r.countryId }),
  );
}

function present(actor: RequestActor, r: RecommendationRow, day: string) {
  return {
    ...r,
    overdue: isRecommendationOverdue(r, day),
    abilities: {
      canEdit: mayManage(actor, { ...r, addresseeIds: r.addressees.map((a) => a.id) }),
    },
  };
}

async function checkReferences(
  ex: Executor,
  actor: RequestActor,
  input: Pick<RecommendationInput, 'body' | 'countryId' | 'addresseeIds' | 'issuedOn' | 'deadline'>,
) {
  const issues: FieldIssue[] = [];
  if (input.body === 'COMPLIANCE_MISSION' && !input.countryId)
    issues.push({ path: 'countryId', message: 'is required for a compliance mission' });
  if (input.countryId && !(await countryExists(ex, input.countryId)))
    issues.push({ path: 'countryId', message: 'unknown country' });
  const ids = [...new Set(input.addresseeIds)];
  const known = await knownOrganizationIds(ex, ids);
  input.addresseeIds.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `addresseeIds.${i}`, message: 'unknown organization' });
  });
  if (input.deadline && input.deadline < input.issuedOn)
    issues.push({ path: 'deadline', message: 'must not be before the date of issue' });
  if (issues.length > 0) throw invalidFields(issues);
  if (!mayManage(actor, { countryId: input.countryId, addresseeIds: ids }))
    throw forbidden(
      'You may record recommendations addressed to your organization or about your country only',
    );
  return ids;
}

const duplicate = () =>
  conflict('reference: this body already has a recommendation with this reference', [
    { path: 'reference', message: 'already exists for this body' },
  ]);

export function createRecommendationService(db: Db) {
  async function get(actor: RequestActor, id: string) {
    const r = await findRecommendation(db, actor, id);
    if (!r) throw notFound('Recommendation');
    const [history, evidence] = await Promise.all([historyOf(db, id), evidenceOf(db, id)]);
    return { ...present(actor, r, today()), history, evidence };
  }

  return {
    get,

    async list(actor: RequestActor, filter: RecommendationListFilter) {
      const day = today();
      const { items, total } = await listRecommendations(db, actor, filter, day);
      return { items: items.map((r) => present(actor, r, day)), total };
    },

    async rates(actor: RequestActor, countryId?: string) {
      const day = today();
      const rates = implementationRates(await recommendationsForRates(db, actor, countryId), day);
      return { asOf: day, ...rates };
    },

    async create(actor: RequestActor, input: RecommendationInput) {
      try {
        const id = await audited(db, actor, async (tx) => {
          const ids = await checkReferences(tx, actor, input);
          const { addresseeIds: _a, ...fields } = input;
          const row = await insertRecommendation(tx, fields);
          await insertAddressees(tx, row.id, ids);
          await insertStatusChange(tx, {
            recommendationId: row.id,
            fromStatus: null,
            toStatus: row.status,
            note: 'recorded',
            changedBy: actor.label,
          });
          return {
            result: row.id,
            audit: {
              action: 'recommendation.create',
              entity: 'recommendation',
              entityId: row.id,
              countryId: row.countryId,
              after: { ...row, addresseeIds: ids },
            },
          };
        });
        return await get(actor, id);
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicate();
        throw e;
      }
    },

    async update(actor: RequestActor, id: string, patch: RecommendationPatchInput) {
      try {
        await audited(db, actor, async (tx) => {
          const before = await findRecommendation(tx, actor, id);
          if (!before) throw notFound('Recommendation');
          const beforeIds = before.addressees.map((a) => a.id);
          if (!mayManage(actor, { countryId: before.countryId, addresseeIds: beforeIds }))
            throw forbidden('You may not change this recommendation');
          const { statusNote, addresseeIds, ...fields } = patch;
          const merged = {
            body: fields.body ?? before.body,
            countryId: fields.countryId === undefined ? before.countryId : fields.countryId,
            issuedOn: fields.issuedOn ?? before.issuedOn,
            deadline: fields.deadline === undefined ? before.deadline : fields.deadline,
            addresseeIds: addresseeIds ?? beforeIds,
          };
          const ids = await checkReferences(tx, actor, merged);
          const row = await updateRecommendation(tx, id, fields);
          if (!row) throw notFound('Recommendation');
          if (addresseeIds) await replaceAddressees(tx, id, ids);
          if (fields.status && fields.status !== before.status) {
            await insertStatusChange(tx, {
              recommendationId: id,
              fromStatus: before.status,
              toStatus: fields.status,
              note: statusNote ?? null,
              changedBy: actor.label,
            });
          }
          return {
            result: row,
            audit: {
              action: 'recommendation.update',
              entity: 'recommendation',
              entityId: id,
              countryId: row.countryId,
              before,
              after: { ...row, addresseeIds: ids },
            },
          };
        });
        return await get(actor, id);
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicate();
        throw e;
      }
    },

    async addEvidence(actor: RequestActor, id: string, input: EvidenceInput) {
      await audited(db, actor, async (tx) => {
        const rec = await findRecommendation(tx, actor, id);
        if (!rec) throw notFound('Recommendation');
        if (!mayManage(actor, { ...rec, addresseeIds: rec.addressees.map((a) => a.id) }))
          throw forbidden('You may not add evidence to this recommendation');
        if (input.documentId) {
          const doc = await findDocumentRef(tx, input.documentId);
          if (
            !doc ||
            (doc.countryId && !can(actor, 'structure.read', { countryId: doc.countryId }))
          )
            throw invalid('documentId', 'unknown document');
        }
        const row = await insertEvidence(tx, {
          ...input,
          recommendationId: id,
          addedBy: actor.label,
        });
        return {
          result: row,
          audit: {
            action: 'recommendation.evidence',
            entity: 'recommendation',
            entityId: id,
            countryId: rec.countryId,
            after: row,
          },
        };
      });
      return get(actor, id);
    },
  };
}

export type RecommendationService = ReturnType<typeof createRecommendationService>;
