import {
  can,
  drivingDecision,
  needsInvestigation,
  type RecordKeys,
  type ViolationKind,
} from '@fieldsafe/core';
import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { today, type RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import {
  drivers,
  drivingViolations,
  incidentReviews,
  incidents,
  lessons,
  organizations,
  people,
  vehicles,
} from '../db/schema/index.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import { findIncident, incidentVisible } from './incident.queries.ts';
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

const withOverdue = (l: typeof lessons.$inferSelect) => ({
  ...l,
  overdue: (l.status === 'open' || l.status === 'in_progress') && l.dueOn < today(),
});

export function createFollowupService(db: Db) {
  async function reviewsOf(ex: Executor, incidentIds: string[]) {
    if (incidentIds.length === 0) return [];
    const reviews = await ex
      .select()
      .from(incidentReviews)
      .where(inArray(incidentReviews.incidentId, incidentIds))
      .orderBy(asc(incidentReviews.openedOn));
    const lessonRows = reviews.length
      ? await ex
          .select()
          .from(lessons)
          .where(
            inArray(
              lessons.reviewId,
              reviews.map((r) => r.id),
            ),
          )
          .orderBy(asc(lessons.dueOn))
      : [];
    return reviews.map((r) => ({
      ...r,
      lessons: lessonRows.filter((l) => l.reviewId === r.id).map(withOverdue),
    }));
  }

  async function visibleReview(ex: Executor, actor: RequestActor, id: string) {
    const [review] = await ex.select().from(incidentReviews).where(eq(incidentReviews.id, id));
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
        const [row] = await tx
          .insert(incidentReviews)
          .values({ ...input, incidentId, countryId: incident.countryId })
          .returning();
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
        const [row] = await tx
          .update(incidentReviews)
          .set({ ...patch, completedOn, updatedAt: new Date() })
          .where(eq(incidentReviews.id, id))
          .returning();
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
        const [row] = await tx
          .insert(lessons)
          .values({ ...input, reviewId, countryId: review.countryId })
          .returning();
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
        const [before] = await tx.select().from(lessons).where(eq(lessons.id, id));
        if (!before) throw notFound('Lesson');
        await visibleReview(tx, actor, before.reviewId);
        mustManage(actor, { countryId: before.countryId }, 'lessons learned');
        const evidence = patch.evidence === undefined ? before.evidence : patch.evidence;
        if (patch.status === 'implemented' && !evidence)
          throw invalid('evidence', 'is required to mark a lesson implemented');
        const implementedOn =
          patch.status === 'implemented' ? (patch.implementedOn ?? today()) : patch.implementedOn;
        const [row] = await tx
          .update(lessons)
          .set({ ...patch, implementedOn, updatedAt: new Date() })
          .where(eq(lessons.id, id))
          .returning();
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
      const rows = await db
        .select()
        .from(incidents)
        .where(
          and(
            incidentVisible(actor),
            ne(incidents.status, 'draft'),
            q.countryId ? eq(incidents.countryId, q.countryId) : undefined,
            gte(incidents.occurredAt, new Date(Date.UTC(q.year, 0, 1))),
            lt(incidents.occurredAt, new Date(Date.UTC(q.year + 1, 0, 1))),
            sql`(${incidents.fatalities} > 0 or ${incidents.injuries} > 0 or ${incidents.category} in ('ABDUCTION', 'SEXUAL_ASSAULT'))`,
          ),
        )
        .orderBy(asc(incidents.occurredAt))
        .limit(5000);
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
      const rows = await db
        .select()
        .from(vehicles)
        .where(
          and(
            eq(vehicles.countryId, countryId),
            scopeWhere(actor, 'incident.read', {
              countryId: vehicles.countryId,
              organizationId: vehicles.organizationId,
            }),
          ),
        )
        .orderBy(asc(vehicles.registration));
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
      const [org] = await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, input.organizationId));
      if (!org) throw invalid('organizationId', 'unknown organization');
      return audited(db, actor, async (tx) => {
        const [row] = await tx.insert(vehicles).values(input).returning();
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
      const rows = await db
        .select({
          d: drivers,
          personName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
        })
        .from(drivers)
        .innerJoin(people, eq(people.id, drivers.personId))
        .where(
          and(
            eq(drivers.countryId, countryId),
            scopeWhere(actor, 'incident.read', {
              countryId: drivers.countryId,
              organizationId: drivers.organizationId,
            }),
          ),
        );
      const ids = rows.map((r) => r.d.id);
      const v = ids.length
        ? await db
            .select()
            .from(drivingViolations)
            .where(inArray(drivingViolations.driverId, ids))
            .orderBy(asc(drivingViolations.occurredOn))
        : [];
      return rows.map(({ d, personName }) => ({
        ...d,
        personName,
        violations: v.filter((x) => x.driverId === d.id),
      }));
    },

    async addDriver(actor: RequestActor, personId: string) {
      const [person] = await db.select().from(people).where(eq(people.id, personId));
      if (!person || person.kind !== 'personnel') throw invalid('personId', 'unknown staff member');
      mustManage(
        actor,
        { countryId: person.countryId, organizationId: person.organizationId },
        'drivers',
      );
      return audited(db, actor, async (tx) => {
        const [row] = await tx
          .insert(drivers)
          .values({ personId, countryId: person.countryId, organizationId: person.organizationId })
          .onConflictDoNothing()
          .returning();
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
        const [driver] = await tx.select().from(drivers).where(eq(drivers.id, driverId));
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
        await tx
          .insert(drivingViolations)
          .values({ ...input, driverId, countryId: driver.countryId });
        const all = await tx
          .select()
          .from(drivingViolations)
          .where(eq(drivingViolations.driverId, driverId));
        const decision = drivingDecision(
          all.map((v) => ({ kind: v.kind as ViolationKind, occurredOn: v.occurredOn })),
          today(),
          await penaltyRulesOf(tx, driver.countryId),
        );
        const [after] =
          decision.revoke && driver.permitStatus === 'permitted'
            ? await tx
                .update(drivers)
                .set({
                  permitStatus: 'revoked',
                  revokedOn: today(),
                  revokedReason: decision.reason,
                  updatedAt: new Date(),
                })
                .where(eq(drivers.id, driverId))
                .returning()
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
