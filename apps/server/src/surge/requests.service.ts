import {
  can,
  deploymentDays,
  launchedWithinTarget,
  launchHours,
  requestStatusAfter,
  visaDelayDays,
  type SurgeReason,
  type SurgeRequestStatus,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import { officersOf } from './roster.service.ts';
import type { RequestInput } from './surge.schema.ts';
import {
  countDeployments,
  deploymentsOfRequests,
  findArea,
  findCountry,
  findRequest,
  findVisibleRequest,
  insertRequest,
  listRequests,
  officersByIds,
  placeNames,
  updateRequest,
  type DeploymentRow,
  type RequestFilter,
  type RequestRow,
} from './surge.queries.ts';

/** Deployment facts computed by core: days, launch within 24 h, visa delay. */
function present(
  d: DeploymentRow,
  request: Pick<RequestRow, 'requestedAt'>,
  officer: { name: string; organizationCode: string },
  day: string,
) {
  return {
    id: d.id,
    requestId: d.requestId,
    rosterId: d.rosterId,
    officerName: officer.name,
    organizationCode: officer.organizationCode,
    countryId: d.countryId,
    startAt: d.startAt,
    startDate: d.startDate,
    endOn: d.endOn,
    days: deploymentDays(d.startDate, d.endOn, day),
    costUsd: d.costUsd,
    visaNeeded: d.visaNeeded,
    visaRequestedOn: d.visaRequestedOn,
    visaObtainedOn: d.visaObtainedOn,
    visaDelayDays: visaDelayDays(d.visaNeeded, d.visaRequestedOn, d.visaObtainedOn),
    launchHours: launchHours(request.requestedAt, d.startAt),
    launchedWithin24h: launchedWithinTarget(request.requestedAt, d.startAt),
    notes: d.notes,
  };
}

/** Keeps the request's status in line with its deployments. */
export async function restatus(ex: Executor, requestId: string) {
  const r = await findRequest(ex, requestId);
  if (!r) return;
  const n = await countDeployments(ex, requestId);
  const next = requestStatusAfter(r.status as SurgeRequestStatus, r.officersNeeded, n);
  if (next !== r.status)
    await updateRequest(ex, requestId, { status: next, updatedAt: new Date() });
}

/** Surge requests from countries (the DO/CSA, `surge.request`), with their deployments. */
export function createRequestService(db: Db) {
  // Scoped finder: a request outside the actor's scope is never loaded (404, not 403).
  async function requestRow(actor: RequestActor, id: string) {
    const row = await findVisibleRequest(db, actor, id);
    if (!row) throw notFound('Surge request');
    return row;
  }

  async function hydrate(actor: RequestActor, rows: RequestRow[]) {
    if (rows.length === 0) return [];
    const day = today();
    const deployments = await deploymentsOfRequests(
      db,
      rows.map((r) => r.id),
    );
    const rosterIds = [...new Set(deployments.map((d) => d.rosterId))];
    const officers = rosterIds.length
      ? await officersOf(db, await officersByIds(db, rosterIds), day)
      : [];
    const officerById = new Map(officers.map((o) => [o.id, o]));
    const placeIds = rows.map((r) => r.countryId);
    const areaIds = rows.flatMap((r) => (r.areaId ? [r.areaId] : []));
    const { countryRows, areaRows } = await placeNames(db, placeIds, areaIds);
    const countryName = new Map(countryRows.map((c) => [c.id, c.name]));
    const areaName = new Map(areaRows.map((a) => [a.id, a.name]));
    return rows.map((r) => ({
      id: r.id,
      countryId: r.countryId,
      countryName: countryName.get(r.countryId) ?? '',
      areaId: r.areaId,
      areaName: r.areaId ? (areaName.get(r.areaId) ?? null) : null,
      reason: r.reason as SurgeReason,
      requestedBy: r.requestedBy,
      requestedAt: r.requestedAt,
      officersNeeded: r.officersNeeded,
      neededFrom: r.neededFrom,
      expectedDays: r.expectedDays,
      status: r.status as SurgeRequestStatus,
      notes: r.notes,
      deployments: deployments
        .filter((d) => d.requestId === r.id)
        .map((d) =>
          present(d, r, officerById.get(d.rosterId) ?? { name: '', organizationCode: '' }, day),
        ),
      abilities: {
        canEdit:
          can(actor, 'surge.manage', { countryId: r.countryId }) ||
          can(actor, 'surge.request', { countryId: r.countryId }),
        canDeploy: can(actor, 'surge.manage', { countryId: r.countryId }),
      },
    }));
  }

  async function request(actor: RequestActor, id: string) {
    const [one] = await hydrate(actor, [await requestRow(actor, id)]);
    if (!one) throw notFound('Surge request');
    return one;
  }

  return {
    requestRow,
    request,

    async requests(actor: RequestActor, f: RequestFilter) {
      const { rows, total } = await listRequests(db, actor, f);
      return {
        items: await hydrate(actor, rows),
        page: f.page,
        pageSize: f.pageSize,
        total,
        abilities: { canManage: can(actor, 'surge.manage', {}) },
      };
    },

    async createRequest(actor: RequestActor, input: RequestInput) {
      const country = await findCountry(db, input.countryId);
      if (!country) throw invalid('countryId', 'unknown country');
      const allowed =
        can(actor, 'surge.manage', { countryId: input.countryId }) ||
        can(actor, 'surge.request', { countryId: input.countryId });
      if (!allowed)
        throw forbidden('Only the DO, CSA or headquarters may request surge for this country');
      if (input.areaId) {
        const area = await findArea(db, input.areaId);
        if (!area || area.countryId !== input.countryId)
          throw invalid('areaId', 'is not an area of this country');
      }
      const requestedAt = input.requestedAt ? new Date(input.requestedAt) : new Date();
      const id = await audited(db, actor, async (tx) => {
        const row = await insertRequest(tx, {
          ...input,
          requestedAt,
          status: 'open',
          createdBy: actor.userId,
        });
        if (!row) throw new Error('surge request not created');
        return {
          result: row.id,
          audit: {
            action: 'surge_request.create',
            entity: 'surge_request',
            entityId: row.id,
            countryId: row.countryId,
            after: row,
          },
        };
      });
      return request(actor, id);
    },

    async updateRequest(
      actor: RequestActor,
      id: string,
      patch: Partial<{
        officersNeeded: number;
        expectedDays: number;
        neededFrom: string;
        notes: string | null;
        status: 'closed' | 'cancelled' | 'open';
      }>,
    ) {
      const before = await requestRow(actor, id);
      const manage = can(actor, 'surge.manage', { countryId: before.countryId });
      if (!manage && !can(actor, 'surge.request', { countryId: before.countryId }))
        throw forbidden('You may not change this surge request');
      if (patch.status === 'closed' && !manage)
        throw forbidden('Only headquarters closes a surge request');
      await audited(db, actor, async (tx) => {
        const { status, ...rest } = patch;
        // Reopening puts the request back to the status its deployments give it.
        const set: Partial<RequestRow> = { ...rest, updatedAt: new Date() };
        if (status) set.status = status;
        await updateRequest(tx, id, set);
        await restatus(tx, id);
        const row = await findRequest(tx, id);
        return {
          result: id,
          audit: {
            action: 'surge_request.update',
            entity: 'surge_request',
            entityId: id,
            countryId: before.countryId,
            before,
            after: row,
          },
        };
      });
      return request(actor, id);
    },
  };
}

export type RequestService = ReturnType<typeof createRequestService>;
