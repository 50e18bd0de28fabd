import {
  deploymentDays,
  launchedWithinTarget,
  surgeStatistics,
  visaDelayDays,
  type SurgeReason,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { deploymentsOfYear } from './surge.queries.ts';

/** Statistics by reason of the deployments that started in a year (optionally one country). */
export async function surgeStatisticsOf(
  db: Db,
  actor: RequestActor,
  f: { year: number; countryId?: string },
) {
  const rows = await deploymentsOfYear(db, actor, f);
  const day = today();
  const stats = surgeStatistics(
    rows.map(({ d, reason, requestedAt }) => ({
      reason: reason as SurgeReason,
      days: deploymentDays(d.startDate, d.endOn, day),
      costUsd: d.costUsd,
      launchedWithin24h: launchedWithinTarget(requestedAt, d.startAt),
      visaDelayDays: visaDelayDays(d.visaNeeded, d.visaRequestedOn, d.visaObtainedOn),
    })),
  );
  return { year: f.year, countryId: f.countryId ?? null, ...stats };
}
