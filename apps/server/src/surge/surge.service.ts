import type { RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { createDeploymentService } from './deployments.service.ts';
import { createRequestService } from './requests.service.ts';
import { createRosterService } from './roster.service.ts';
import { surgeStatisticsOf } from './statistics.service.ts';

/**
 * Surge deployments (SPEC §7): the roster of deployable officers (`roster.service.ts`), requests
 * from countries (`requests.service.ts`), deployments with launch time, days, cost and visa delay
 * (`deployments.service.ts`), and statistics by reason (`statistics.service.ts`).
 * Headquarters (`surge.manage`) keeps the roster and deploys; the DO/CSA of a country
 * (`surge.request`) asks for surge and sees its deployments (`surge.read`).
 */
export function createSurgeService(db: Db) {
  const requests = createRequestService(db);
  const { requestRow: _requestRow, ...requestMethods } = requests;
  return {
    ...createRosterService(db),
    ...requestMethods,
    ...createDeploymentService(db, requests),
    statistics: (actor: RequestActor, f: { year: number; countryId?: string }) =>
      surgeStatisticsOf(db, actor, f),
  };
}

export type SurgeService = ReturnType<typeof createSurgeService>;
