import { createHash, randomUUID } from 'node:crypto';
import { can, canMoveIncident, incidentCategory, type IncidentStatus } from '@fieldsafe/core';
import { and, eq, inArray, isNull, lte, or, gte, desc, sql, type SQLWrapper } from 'drizzle-orm';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor, Tx } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { auditRows } from '../audit/audit.service.ts';
import {
  appointments,
  auditLog,
  areas,
  countries,
  documents,
  dutyStations,
  incidentPeople,
  incidentRevisions,
  incidents,
  organizations,
} from '../db/schema/index.ts';
import {
  conflict,
  forbidden,
  invalid,
  invalidFields,
  notFound,
  type FieldIssue,
} from '../http/errors.ts';
import { findIncident, incidentStatistics, listIncidents } from './incident.queries.ts';
import { enqueueNoticeSql } from '../messaging/queue.ts';
import { travellersAtQuery } from '../notifications/notification.queries.ts';
import { flagAssessmentsQuery } from '../risk/review-triggers.ts';
import type { IncidentCorrectionInput, IncidentFilter, IncidentInput } from './incident.schema.ts';

type Row = typeof incidents.$inferSelect;
const keysOf = (r: Row) => ({
  countryId: r.countryId,
  areaId: r.areaId,
  organizationId: r.organizationId,
});

export function present(actor: RequestActor, r: Row) {
  const manages = can(actor, 'incident.manage', keysOf(r));
  const ownOpen =
    r.reportedBy === actor.userId && (r.status === 'draft' || r.status === 'reported');
  return {
    ...r,
    abilities: { canCorrect: manages || ownOpen, canVerify: manages && r.status === 'reported' },
  };
}

/** Checks that the places and organization named exist and fit together. */
export async function placeIssues(ex: Executor, i: Partial<IncidentInput>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (i.countryId) {
    const [c] = await ex
      .select({ id: countries.id })
      .from(countries)
      .where(eq(countries.id, i.countryId));
    if (!c) issues.push({ path: 'countryId', message: 'unknown country' });
  }
  if (i.areaId) {
    const [a] = await ex.select().from(areas).where(eq(areas.id, i.areaId));
    if (!a || a.countryId !== i.countryId)
      issues.push({ path: 'areaId', message: 'is not an area of the country' });
  }
  if (i.dutyStationId) {
    const [d] = await ex.select().from(dutyStations).where(eq(dutyStations.id, i.dutyStationId));
    if (!d || d.countryId !== i.countryId)
      issues.push({ path: 'dutyStationId', message: 'is not a duty station of the country' });
  }
  if (i.organizationId) {
    const [o] = await ex
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, i.organizationId));
    if (!o) issues.push({ path: 'organizationId', message: 'unknown organization' });
  }
  if (i.occurredAt && Date.parse(i.occurredAt) > Date.now() + 10 * 60_000)
    issues.push({ path: 'occurredAt', message: 'is in the future' });
  if ((i.latitude === null) !== (i.longitude === null))
    issues.push({
      path: i.latitude === null ? 'latitude' : 'longitude',
      message: 'latitude and longitude go together',
    });
  return issues;
}

/**
 * What happens the moment an incident is reported: the DO and the CSA/CSFP of the country are
 * told at once (Framework, CSFP 5), the risk assessments of the place are flagged for review, and
 * every traveller at or bound for the area is told (the gap the JIU found, seed 003 ¶101).
 */
function onReportedWrites(ex: Executor, r: Row) {
  const day = today();
  const holders = ex
    .select({ personId: appointments.personId })
    .from(appointments)
    .where(
      and(
        eq(appointments.countryId, r.countryId),
        inArray(appointments.role, ['DO', 'CSA', 'CSFP']),
        lte(appointments.startsOn, day),
        or(isNull(appointments.endsOn), gte(appointments.endsOn, day)),
      ),
    );
  // The DO and CSA/CSFP by every channel (an urgent notice); travellers in the app, and by
  // e-mail/SMS when they asked for it. Set-based steps of the report's one statement.
  const about = {
    params: { category: r.category, title: r.title },
    link: `/incidents/${r.id}`,
    cause: `incident:${r.id}`,
    countryId: r.countryId,
  };
  const notices: SQLWrapper[] = enqueueNoticeSql(holders, { ...about, name: 'incident.reported' });
  if (r.areaId) {
    const place = { countryId: r.countryId, areaId: r.areaId, dutyStationId: r.dutyStationId };
    notices.push(
      ...enqueueNoticeSql(travellersAtQuery(ex, place), { ...about, name: 'incident.nearby' }),
    );
  }
  const when = r.occurredAt.toISOString().slice(0, 10);
  const flag = flagAssessmentsQuery(
    ex,
    { countryId: r.countryId, areaId: r.areaId, dutyStationId: r.dutyStationId },
    { code: 'incident', params: { date: when, title: r.title } },
    { keepExistingFlags: true },
  );
  return { notices, flag };
}

/** `onReportedWrites` run one by one in a transaction (a draft reported later); the ids flagged. */
async function onReported(tx: Tx, r: Row): Promise<string[]> {
  const { notices, flag } = onReportedWrites(tx, r);
  for (const n of notices) await tx.execute(n);
  return (await flag).map((f) => f.id);
}

export function createIncidentService(db: Db) {
  async function load(tx: Executor, actor: RequestActor, id: string) {
    const row = await findIncident(tx, actor, id);
    if (!row) throw notFound('Incident');
    return row;
  }

  return {
    list: async (actor: RequestActor, f: IncidentFilter) => {
      const r = await listIncidents(db, actor, f);
      return { ...r, items: r.items.map((i) => present(actor, i)) };
    },

    statistics: incidentStatistics.bind(null, db),

    async get(actor: RequestActor, id: string) {
      const row = await load(db, actor, id);
      const [peopleRows, revisions, attachments] = await Promise.all([
        db.select().from(incidentPeople).where(eq(incidentPeople.incidentId, id)),
        db
          .select()
          .from(incidentRevisions)
          .where(eq(incidentRevisions.incidentId, id))
          .orderBy(desc(incidentRevisions.version)),
        db
          .select({
            id: documents.id,
            filename: documents.filename,
            mediaType: documents.mediaType,
            size: documents.size,
            createdAt: documents.createdAt,
          })
          .from(documents)
          .where(eq(documents.incidentId, id))
          .orderBy(documents.createdAt),
      ]);
      return { ...present(actor, row), people: peopleRows, revisions, attachments };
    },

    /** Attaches a file (photo, police report …) to an incident: by its reporter or security officials. */
    async attach(
      actor: RequestActor,
      id: string,
      file: { filename: string; mediaType: string; bytes: Buffer },
    ) {
      const { bytes } = file;
      return audited(db, actor, async (tx) => {
        const incident = await load(tx, actor, id);
        if (!present(actor, incident).abilities.canCorrect)
          throw forbidden('You may not add attachments to this incident');
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        const [doc] = await tx
          .insert(documents)
          .values({
            countryId: incident.countryId,
            incidentId: id,
            filename: file.filename,
            mediaType: file.mediaType,
            size: bytes.length,
            sha256,
            content: bytes.toString('base64'),
            uploadedBy: actor.userId,
          })
          .returning({
            id: documents.id,
            filename: documents.filename,
            mediaType: documents.mediaType,
            size: documents.size,
            createdAt: documents.createdAt,
            sha256: documents.sha256,
          });
        if (!doc) throw new Error('insert returned nothing');
        return {
          result: doc,
          audit: {
            action: 'incident.attach',
            entity: 'incident',
            entityId: id,
            countryId: incident.countryId,
            after: doc,
          },
        };
      });
    },

    /** Records an incident; `created` is false when the same device report arrived before. */
    async report(
      actor: RequestActor,
      input: IncidentInput,
    ): Promise<{ created: boolean; incident: ReturnType<typeof present> }> {
      if (!actor.personId && !actor.isSystemAdmin)
        throw forbidden('Only people in the registry report incidents');
      if (input.clientRef) {
        const [seen] = await db
          .select()
          .from(incidents)
          .where(
            and(eq(incidents.reportedBy, actor.userId), eq(incidents.clientRef, input.clientRef)),
          );
        if (seen) return { created: false, incident: present(actor, seen) };
      }
      const issues = await placeIssues(db, input);
      if (issues.length) throw invalidFields(issues);
      const { people: affected, submit, ...fields } = input;
      const now = new Date();
      const row: Row = {
        ...fields,
        id: randomUUID(),
        occurredAt: new Date(fields.occurredAt),
        nature: incidentCategory(fields.category)?.nature ?? 'security',
        status: submit ? 'reported' : 'draft',
        version: 1,
        reportedBy: actor.userId,
        reporterPersonId: actor.personId,
        reportedAt: submit ? now : null,
        createdAt: now,
        updatedAt: now,
      };
      // One statement (data-modifying CTEs), atomic like a transaction: the incident, the people
      // affected, the notices, the review flags and the audit row, in one round trip instead of
      // eight — under load every round trip of every report costs both cores a wake-up.
      const writes: SQLWrapper[] = [db.insert(incidents).values(row)];
      if (affected.length)
        writes.push(
          db.insert(incidentPeople).values(affected.map((p) => ({ ...p, incidentId: row.id }))),
        );
      const reported = submit ? onReportedWrites(db, row) : null;
      if (reported) writes.push(...reported.notices);
      const [audit] = auditRows(actor, {
        action: submit ? 'incident.report' : 'incident.draft',
        entity: 'incident',
        entityId: row.id,
        countryId: row.countryId,
        organizationId: row.organizationId,
        after: row,
      });
      if (!audit) throw new Error('no audit row');
      const after = JSON.stringify(audit.after);
      const steps = writes.map((w, i) => sql`${sql.identifier(`w${i}`)} as (${w.getSQL()})`);
      if (reported) steps.push(sql`flagged as (${reported.flag.getSQL()})`);
      const flagged = reported
        ? sql`coalesce((select jsonb_agg(id) from flagged), '[]'::jsonb)`
        : sql`'[]'::jsonb`;
      await db.execute(sql`
        with ${sql.join(steps, sql`, `)}
        insert into ${auditLog} (at, actor_user_id, actor_label, action, entity, entity_id,
                                 country_id, organization_id, before, after)
        values (${audit.at}, ${audit.actorUserId}, ${audit.actorLabel}, ${audit.action},
                ${audit.entity}, ${audit.entityId}, ${audit.countryId}, ${audit.organizationId},
                null, ${after}::jsonb || jsonb_build_object('assessmentsFlaggedForReview', ${flagged}))`);
      const incident = present(actor, row);
      return { created: true, incident };
    },

    /** A correction keeps the earlier version in the history, with the reason given. */
    async correct(actor: RequestActor, id: string, input: IncidentCorrectionInput) {
      return audited(db, actor, async (tx) => {
        const before = await load(tx, actor, id);
        if (!present(actor, before).abilities.canCorrect)
          throw forbidden('You may not correct this incident');
        const { reason, ...patch } = input;
        const merged = {
          ...before,
          ...patch,
          occurredAt: patch.occurredAt ?? before.occurredAt.toISOString(),
        };
        const issues = await placeIssues(tx, merged as Partial<IncidentInput>);
        if (issues.length) throw invalidFields(issues);
        await tx.insert(incidentRevisions).values({
          incidentId: id,
          version: before.version,
          snapshot: before,
          reason,
          changedBy: actor.userId,
        });
        const [row] = await tx
          .update(incidents)
          .set({
            ...patch,
            occurredAt: patch.occurredAt ? new Date(patch.occurredAt) : undefined,
            nature: patch.category
              ? (incidentCategory(patch.category)?.nature ?? before.nature)
              : undefined,
            version: before.version + 1,
            updatedAt: new Date(),
          })
          .where(and(eq(incidents.id, id), eq(incidents.version, before.version)))
          .returning();
        if (!row)
          throw conflict(
            'The incident was changed by someone else meanwhile; reload and try again',
          );
        return {
          result: present(actor, row),
          audit: {
            action: 'incident.correct',
            entity: 'incident',
            entityId: id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before,
            after: { ...row, reason },
          },
        };
      });
    },

    async transition(actor: RequestActor, id: string, to: IncidentStatus, comment: string | null) {
      return audited(db, actor, async (tx) => {
        const before = await load(tx, actor, id);
        const from = before.status as IncidentStatus;
        if (!canMoveIncident(from, to)) throw invalid('status', `cannot go from ${from} to ${to}`);
        const reporter = before.reportedBy === actor.userId;
        const allowed =
          to === 'reported' ? reporter : can(actor, 'incident.manage', keysOf(before));
        if (!allowed)
          throw forbidden(
            to === 'reported'
              ? 'Only the reporter submits a draft'
              : 'Only security officials of the country verify or close incidents',
          );
        const [row] = await tx
          .update(incidents)
          .set({
            status: to,
            updatedAt: new Date(),
            ...(to === 'reported' ? { reportedAt: new Date() } : {}),
          })
          .where(eq(incidents.id, id))
          .returning();
        if (!row) throw notFound('Incident');
        const flagged = to === 'reported' ? await onReported(tx, row) : [];
        return {
          result: present(actor, row),
          audit: {
            action: `incident.${to}`,
            entity: 'incident',
            entityId: id,
            countryId: row.countryId,
            before: { status: from },
            after: { status: to, comment, assessmentsFlaggedForReview: flagged },
          },
        };
      });
    },
  };
}

export type IncidentService = ReturnType<typeof createIncidentService>;
