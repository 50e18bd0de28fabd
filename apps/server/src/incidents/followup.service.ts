import {
  can,
  drivingDecision,
  needsInvestigation,
  type RecordKeys,
  type ViolationKind,
} from '@fieldsafe/core';
import type { z } from 'zod';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { findPersonRow, organizationExists } from '../registry/lookups.queries.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import {
  findDriver,
  findLesson,
  findReview,
  insertDriver,
  insertLesson,
  insertReview,
  insertVehicle,
  insertViolation,
  lessonsOfReviews,
  majorIncidentsOfYear,
  reviewsOfIncidents,
  updateDriver,
  updateLessonRow,
  updateReviewRow,
  violationsOfDriver,
  violationsOfDrivers,
  visibleDrivers,
  visibleVehicles,
  type LessonRow,
} from './followup.queries.ts';
import { findIncident } from './incident.queries.ts';
import { penaltyRulesOf } from './road-rules.service.ts';
import type {
  LessonBody,
  LessonPatch,
  ReviewBody,
  ReviewPatch,
  VehicleBody,
  ViolationBody,
} from './followup.schema.ts';

function mustManage(actor: RequestActor, keys: RecordKeys, what: string) {
  if (!can(actor, 'incident.manage', keys))
    throw forbidden(`Only security officials of the country manage ${what}`);
}

const withOverdue = (l: LessonRow) => ({
  ...l,
  overdue: (l.status === 'open' || l.status === 'in_progress') && l.dueOn < today(),
});

export function createFollowupService(db: Db) {
  async function reviewsOf(ex: Executor, incidentIds: string[]) {
    if (incidentIds.length === 0) return [];
    const reviews = await reviewsOfIncidents(ex, incidentIds);
    const lessonRows = reviews.length
      ? await lessonsOfReviews(
          ex,
          reviews.map((r) => r.id),
        )
      : [];
    return reviews.map((r) => ({
      ...r,
      lessons: lessonRows.filter((l) => l.reviewId === r.id).map(withOverdue),
    }));
  }

  async function visibleReview(ex: Executor, actor: RequestActor, id: string) {
    const review = await findReview(ex, id);
    if (!review || !(await findIncident(ex, actor, review.incidentId))) throw notFound('Review');
    return review;
  }

  return {
    async reviews(actor: RequestActor, incidentId: string) {
      if (!(await findIncident(db, actor, incidentId))) throw notFound('Incident');
      return reviewsOf(db, [incidentId]);
    },

    async openReview(actor: RequestActor, incidentId: string, input: z.infer<typeof ReviewBody>) {
      return audited(db, actor, async (tx) => {
        const incident = await findIncident(tx, actor, incidentId);
        if (!incident) throw notFound('Incident');
        mustManage(
          actor,
          { countryId: incident.countryId, areaId: incident.areaId },
          'investigations and after-action reports',
        );
        const row = await insertReview(tx, { ...input, incidentId, countryId: incident.countryId });
        if (!row) throw new Error('insert returned nothing');
        return {
          result: { ...row, lessons: [] },
          audit: {
            action: 'incident_review.open',
            entity: 'incident_review',
            entityId: row.id,
            countryId: row.countryId,
            after: row,
          },
        };
      });
    },

    async updateReview(actor: RequestActor, id: string, patch: z.infer<typeof ReviewPatch>) {
      return audited(db, actor, async (tx) => {
        const before = await visibleReview(tx, actor, id);
        mustManage(
          actor,
          { countryId: before.countryId },
          'investigations and after-action reports',
        );
        const completedOn =
          patch.status === 'completed'
            ? (patch.completedOn ?? before.completedOn ?? today())
            : patch.completedOn;
        if (patch.status === 'completed' && !(patch.findings ?? before.findings))
          throw invalid('findings', 'are required to complete a review');
        const row = await updateReviewRow(tx, id, { ...patch, completedOn, updatedAt: new Date() });
        if (!row) throw notFound('Review');
        const [full] = await reviewsOf(tx, [row.incidentId]).then((rs) =>
          rs.filter((r) => r.id === id),
        );
        return {
          result: full ?? { ...row, lessons: [] },
          audit: {
            action: 'incident_review.update',
            entity: 'incident_review',
            entityId: id,
            countryId: row.countryId,
            before,
            after: row,
          },
        };
      });
    },

    async addLesson(actor: RequestActor, reviewId: string, input: z.infer<typeof LessonBody>) {
      return audited(db, actor, async (tx) => {
        const review = await visibleReview(tx, actor, reviewId);
        mustManage(actor, { countryId: review.countryId }, 'lessons learned');
        const row = await insertLesson(tx, { ...input, reviewId, countryId: review.countryId });
        if (!row) throw new Error('insert returned nothing');
        return {
          result: withOverdue(row),
          audit: {
            action: 'lesson.create',
            entity: 'lesson',
            entityId: row.id,
            countryId: row.countryId,
            after: row,
          },
        };
      });
    },

    async updateLesson(actor: RequestActor, id: string, patch: z.infer<typeof LessonPatch>) {
      return audited(db, actor, async (tx) => {
        const before = await findLesson(tx, id);
        if (!before) throw notFound('Lesson');
        await visibleReview(tx, actor, before.reviewId);
        mustManage(actor, { countryId: before.countryId }, 'lessons learned');
        const evidence = patch.evidence === undefined ? before.evidence : patch.evidence;
        if (patch.status === 'implemented' && !evidence)
          throw invalid('evidence', 'is required to mark a lesson implemented');
        const implementedOn =
          patch.status === 'implemented' ? (patch.implementedOn ?? today()) : patch.implementedOn;
        const row = await updateLessonRow(tx, id, {
          ...patch,
          implementedOn,
          updatedAt: new Date(),
        });
        if (!row) throw notFound('Lesson');
        return {
          result: withOverdue(row),
          audit: {
            action: 'lesson.update',
            entity: 'lesson',
            entityId: id,
            countryId: row.countryId,
            before,
            after: row,
          },
        };
      });
    },

    /** The yearly review of major incidents (seed 004 ¶41): each with its investigation and lessons. */
    async annualReview(actor: RequestActor, q: { countryId?: string | undefined; year: number }) {
      const rows = await majorIncidentsOfYear(db, actor, q);
      const reviews = await reviewsOf(
        db,
        rows.map((r) => r.id),
      );
      const items = rows.map((i) => {
        const own = reviews.filter((r) => r.incidentId === i.id);
        const inv = own.find((r) => r.kind !== 'after_action');
        const aar = own.find((r) => r.kind === 'after_action');
        return {
          ...i,
          investigation: !needsInvestigation(i)
            ? ('not_required' as const)
            : !inv
              ? ('missing' as const)
              : inv.status === 'completed'
                ? ('completed' as const)
                : ('open' as const),
          afterAction: !aar
            ? ('none' as const)
            : aar.status === 'completed'
              ? ('completed' as const)
              : ('open' as const),
          openLessons: own
            .flatMap((r) => r.lessons)
            .filter((l) => l.status === 'open' || l.status === 'in_progress').length,
        };
      });
      return { year: q.year, items };
    },

    async vehicles(actor: RequestActor, countryId: string) {
      const rows = await visibleVehicles(db, actor, countryId);
      return rows.map((v) => ({
        ...v,
        compliant: v.hasFirstAidKit && v.hasSpareTyre && v.hasRecoveryGear && v.seatBeltsWork,
      }));
    },

    async addVehicle(actor: RequestActor, input: z.infer<typeof VehicleBody>) {
      mustManage(
        actor,
        { countryId: input.countryId, organizationId: input.organizationId },
        'vehicles',
      );
      if (!(await organizationExists(db, input.organizationId)))
        throw invalid('organizationId', 'unknown organization');
      return audited(db, actor, async (tx) => {
        const row = await insertVehicle(tx, input);
        if (!row) throw new Error('insert returned nothing');
        return {
          result: {
            ...row,
            compliant:
              row.hasFirstAidKit && row.hasSpareTyre && row.hasRecoveryGear && row.seatBeltsWork,
          },
          audit: {
            action: 'vehicle.create',
            entity: 'vehicle',
            entityId: row.id,
            countryId: row.countryId,
            after: row,
          },
        };
      });
    },

    async drivers(actor: RequestActor, countryId: string) {
      const rows = await visibleDrivers(db, actor, countryId);
      const ids = rows.map((r) => r.d.id);
      const v = ids.length ? await violationsOfDrivers(db, ids) : [];
      return rows.map(({ d, personName }) => ({
        ...d,
        personName,
        violations: v.filter((x) => x.driverId === d.id),
      }));
    },

    async addDriver(actor: RequestActor, personId: string) {
      const person = await findPersonRow(db, personId);
      if (!person || person.kind !== 'personnel') throw invalid('personId', 'unknown staff member');
      mustManage(
        actor,
        { countryId: person.countryId, organizationId: person.organizationId },
        'drivers',
      );
      return audited(db, actor, async (tx) => {
        const row = await insertDriver(tx, {
          personId,
          countryId: person.countryId,
          organizationId: person.organizationId,
        });
        if (!row) throw invalid('personId', 'is already a registered driver in this country');
        return {
          result: {
            ...row,
            personName: `${person.givenName} ${person.familyName}`,
            violations: [],
          },
          audit: {
            action: 'driver.create',
            entity: 'driver',
            entityId: row.id,
            countryId: row.countryId,
            after: row,
          },
        };
      });
    },

    /** Records a violation and revokes the permission to drive when the rules say so. */
    async addViolation(
      actor: RequestActor,
      driverId: string,
      input: z.infer<typeof ViolationBody>,
    ) {
      return audited(db, actor, async (tx) => {
        const driver = await findDriver(tx, driverId);
        if (
          !driver ||
          !can(actor, 'incident.read', {
            countryId: driver.countryId,
            organizationId: driver.organizationId,
          })
        )
          throw notFound('Driver');
        mustManage(
          actor,
          { countryId: driver.countryId, organizationId: driver.organizationId },
          'driving violations',
        );
        await insertViolation(tx, { ...input, driverId, countryId: driver.countryId });
        const all = await violationsOfDriver(tx, driverId);
        const decision = drivingDecision(
          all.map((v) => ({ kind: v.kind as ViolationKind, occurredOn: v.occurredOn })),
          today(),
          await penaltyRulesOf(tx, driver.countryId),
        );
        const [after] =
          decision.revoke && driver.permitStatus === 'permitted'
            ? await updateDriver(tx, driverId, {
                permitStatus: 'revoked',
                revokedOn: today(),
                revokedReason: decision.reason,
                updatedAt: new Date(),
              })
            : [driver];
        return {
          result: { ...(after ?? driver), violations: all },
          audit: {
            action: 'driving_violation.create',
            entity: 'driver',
            entityId: driverId,
            countryId: driver.countryId,
            before: driver,
            after: { violation: input, permitStatus: after?.permitStatus },
          },
        };
      });
    },
  };
}

export type FollowupService = ReturnType<typeof createFollowupService>;
