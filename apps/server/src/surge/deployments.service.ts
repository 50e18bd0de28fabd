import { periodsOverlap } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, invalid, notFound } from '../http/errors.ts';
import { restatus, type RequestService } from './requests.service.ts';
import { assertManage } from './roster.service.ts';
import type { DeploymentInput } from './surge.schema.ts';
import {
  deploymentsOfOfficer,
  findOfficer,
  findVisibleDeployment,
  insertDeployment,
  lockOfficer,
  updateDeployment,
} from './surge.queries.ts';

const utcDate = (d: Date) => d.toISOString().slice(0, 10);

function checkDeployment(d: {
  startDate: string;
  endOn: string | null;
  visaNeeded: boolean;
  visaRequestedOn: string | null;
  visaObtainedOn: string | null;
}) {
  if (d.endOn !== null && d.endOn < d.startDate)
    throw invalid('endOn', 'must be on or after the arrival date');
  if (!d.visaNeeded && (d.visaRequestedOn || d.visaObtainedOn))
    throw invalid('visaNeeded', 'must be true when visa dates are given');
  if (d.visaObtainedOn && !d.visaRequestedOn)
    throw invalid('visaRequestedOn', 'is required when visaObtainedOn is given');
  if (d.visaObtainedOn && d.visaRequestedOn && d.visaObtainedOn < d.visaRequestedOn)
    throw invalid('visaObtainedOn', 'must be on or after visaRequestedOn');
}

/** Refuses (409) a deployment of an officer already deployed over overlapping dates. */
async function assertFree(
  ex: Executor,
  rosterId: string,
  period: { from: string; until: string | null },
  exceptId: string | null,
) {
  const others = await deploymentsOfOfficer(ex, rosterId);
  const clash = others.find(
    (o) => o.id !== exceptId && periodsOverlap(period, { from: o.startDate, until: o.endOn }),
  );
  if (clash)
    throw conflict(
      `The officer is already deployed from ${clash.startDate} to ${clash.endOn ?? 'open end'}`,
      [{ path: 'rosterId', message: 'already deployed over overlapping dates' }],
    );
}

/** Deployments of roster officers on requests: launch time, days, cost and visa delay. */
export function createDeploymentService(db: Db, requests: RequestService) {
  /** The deployment as its request shows it. */
  async function deployment(actor: RequestActor, requestId: string, id: string) {
    const full = await requests.request(actor, requestId);
    const made = full.deployments.find((d) => d.id === id);
    if (!made) throw notFound('Deployment');
    return made;
  }

  return {
    async deploy(actor: RequestActor, requestId: string, input: DeploymentInput) {
      const req = await requests.requestRow(actor, requestId);
      assertManage(actor, { countryId: req.countryId });
      if (req.status === 'closed' || req.status === 'cancelled')
        throw conflict(`The surge request is ${req.status}`);
      const officerRow = await findOfficer(db, input.rosterId);
      if (!officerRow) throw invalid('rosterId', 'unknown roster officer');
      const startAt = new Date(input.startAt);
      const startDate = utcDate(startAt);
      checkDeployment({ ...input, startDate });
      if (officerRow.availability === 'unavailable')
        throw conflict('The officer is marked unavailable', [
          { path: 'rosterId', message: 'officer unavailable' },
        ]);
      if (
        startDate < officerRow.availableFrom ||
        (officerRow.availableUntil !== null && startDate > officerRow.availableUntil)
      )
        throw conflict('The officer is not available on the arrival date', [
          { path: 'startAt', message: 'outside the officer’s availability' },
        ]);
      const id = await audited(db, actor, async (tx) => {
        // Serialise deployments of one officer so two concurrent ones cannot both pass the check.
        await lockOfficer(tx, officerRow.id);
        await assertFree(tx, officerRow.id, { from: startDate, until: input.endOn }, null);
        const row = await insertDeployment(tx, {
          ...input,
          requestId,
          startAt,
          startDate,
          countryId: req.countryId,
          organizationId: officerRow.organizationId,
          createdBy: actor.userId,
        });
        if (!row) throw new Error('deployment not created');
        await restatus(tx, requestId);
        return {
          result: row.id,
          audit: {
            action: 'surge_deployment.create',
            entity: 'surge_deployment',
            entityId: row.id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
      return deployment(actor, requestId, id);
    },

    async updateDeployment(
      actor: RequestActor,
      id: string,
      patch: Partial<Omit<DeploymentInput, 'rosterId'>>,
    ) {
      const before = await findVisibleDeployment(db, actor, id);
      if (!before) throw notFound('Deployment');
      assertManage(actor, { countryId: before.countryId });
      const startAt = patch.startAt ? new Date(patch.startAt) : before.startAt;
      const merged = {
        startDate: utcDate(startAt),
        endOn: patch.endOn === undefined ? before.endOn : patch.endOn,
        visaNeeded: patch.visaNeeded ?? before.visaNeeded,
        visaRequestedOn:
          patch.visaRequestedOn === undefined ? before.visaRequestedOn : patch.visaRequestedOn,
        visaObtainedOn:
          patch.visaObtainedOn === undefined ? before.visaObtainedOn : patch.visaObtainedOn,
      };
      checkDeployment(merged);
      await audited(db, actor, async (tx) => {
        await lockOfficer(tx, before.rosterId);
        await assertFree(tx, before.rosterId, { from: merged.startDate, until: merged.endOn }, id);
        const row = await updateDeployment(tx, id, {
          ...patch,
          ...merged,
          startAt,
          updatedAt: new Date(),
        });
        return {
          result: id,
          audit: {
            action: 'surge_deployment.update',
            entity: 'surge_deployment',
            entityId: id,
            countryId: before.countryId,
            organizationId: before.organizationId,
            before,
            after: row,
          },
        };
      });
      return deployment(actor, before.requestId, id);
    },
  };
}
