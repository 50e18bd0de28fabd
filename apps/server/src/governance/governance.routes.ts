import type { Db } from '../db/client.ts';
import type { App } from '../http/types.ts';
import { registerMeetingRoutes } from './meetings.routes.ts';
import { createMeetingService } from './meetings.service.ts';
import { registerPlanRoutes } from './plans.routes.ts';
import { createPlanService } from './plans.service.ts';
import { registerRecommendationRoutes } from './recommendations.routes.ts';
import { createRecommendationService } from './recommendations.service.ts';

/** Governance (SPEC §9): recommendations, SMT meetings, the DO's security management plan. */
export function registerGovernanceRoutes(app: App, db: Db) {
  registerRecommendationRoutes(app, createRecommendationService(db));
  registerMeetingRoutes(app, createMeetingService(db));
  registerPlanRoutes(app, createPlanService(db));
}
