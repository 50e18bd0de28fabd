import { createHash, randomUUID } from 'node:crypto';
import { can, canMoveIncident, incidentCategory, type IncidentStatus } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import {
  countryExists,
  findArea,
  findDutyStation,
  organizationExists,
} from '../registry/lookups.queries.ts';
import { statementCommitter } from '../db/batch.ts';
import { audited } from '../db/tx.ts';
import { auditRows } from '../audit/audit.service.ts';
import {
  conflict,
  forbidden,
  invalid,
  invalidFields,
  notFound,
  type FieldIssue,
} from '../http/errors.ts';
import {
  findByClientRef,
  findIncident,
  incidentDetails,
  incidentStatistics,
  insertAttachment,
  insertIncidentReport,
  insertRevision,
  listIncidents,
  runOnReported,
  updateIncident,
  updateIncidentAt,
  type IncidentRow,
} from './incident.queries.ts';
import type { IncidentCorrectionInput, IncidentFilter, IncidentInput } from './incident.schema.ts';

type Row = IncidentRow;

/**
 * Reports arriving together share a transaction (see `statementCommitter`): two in flight, up to 32
 * in each. At 1,000 reports a second on the 2-core bench machine (the open loop of
 * `npm run bench -- incidents`, smoke data), reports one transaction each saturated it (662/s
 * answered, p99 3.1 s); grouped, 991–995/s were answered, p99 83–298 ms. With one in flight the
 * server spent least CPU per report, but the p50 at 1,000/s was 141 ms against 18–31 ms.
 */
const REPORT_COMMIT = { batch: 32, writers: 2 };
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
export async function placeIssues(
  ex: Executor,
  i: Partial<IncidentInput>,
  { countryChecked = false } = {},
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (i.countryId && !countryChecked) {
    if (!(await countryExists(ex, i.countryId)))
      issues.push({ path: 'countryId', message: 'unknown country' });
  }
  if (i.areaId) {
    const a = await findArea(ex, i.areaId);
    if (!a || a.countryId !== i.countryId)
      issues.push({ path: 'areaId', message: 'is not an area of the country' });
  }
  if (i.dutyStationId) {
    const d = await findDutyStation(ex, i.dutyStationId);
    if (!d || d.countryId !== i.countryId)
      issues.push({ path: 'dutyStationId', message: 'is not a duty station of the country' });
  }
  if (i.organizationId) {
    if (!(await organizationExists(ex, i.organizationId)))
      issues.push({ path: 'organizationId', message: 'unknown organization' });
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

export function createIncidentService(db: Db) {
  const commitReport = statementCommitter(db, REPORT_COMMIT);
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
      const [peopleRows, revisions, attachments] = await incidentDetails(db, id);
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
        const doc = await insertAttachment(tx, {
          countryId: incident.countryId,
          incidentId: id,
          filename: file.filename,
          mediaType: file.mediaType,
          size: bytes.length,
          sha256,
          content: bytes.toString('base64'),
          uploadedBy: actor.userId,
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
        const seen = await findByClientRef(db, actor.userId, input.clientRef);
        if (seen) return { created: false, incident: present(actor, seen) };
      }
      // The country is checked by the insert's foreign key (400 naming countryId): a report in a
      // rush costs one query less.
      const issues = await placeIssues(db, input, { countryChecked: true });
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
      const [audit] = auditRows(actor, {
        action: submit ? 'incident.report' : 'incident.draft',
        entity: 'incident',
        entityId: row.id,
        countryId: row.countryId,
        organizationId: row.organizationId,
        after: row,
      });
      if (!audit) throw new Error('no audit row');
      // One statement: the incident, the people, the notices, the flags and the audit row.
      await insertIncidentReport(db, commitReport, row, affected, submit, audit);
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
        await insertRevision(tx, {
          incidentId: id,
          version: before.version,
          snapshot: before,
          reason,
          changedBy: actor.userId,
        });
        const row = await updateIncidentAt(tx, id, before.version, {
          ...patch,
          occurredAt: patch.occurredAt ? new Date(patch.occurredAt) : undefined,
          nature: patch.category
            ? (incidentCategory(patch.category)?.nature ?? before.nature)
            : undefined,
          version: before.version + 1,
          updatedAt: new Date(),
        });
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
        const row = await updateIncident(tx, id, {
          status: to,
          updatedAt: new Date(),
          ...(to === 'reported' ? { reportedAt: new Date() } : {}),
        });
        if (!row) throw notFound('Incident');
        const flagged = to === 'reported' ? await runOnReported(tx, row) : [];
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
