import {
  can,
  canAppoint,
  describeAppointers,
  ROLE_LABELS,
  ROLE_SCOPE,
  type AppointmentRole,
  type RecordKeys,
} from '@fieldsafe/core';
import { createHash } from 'node:crypto';
import {
  and,
  desc,
  eq,
  exists,
  gte,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { today, type RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import {
  appointments,
  areas,
  documents,
  incidents,
  organizations,
  people,
  wardenZones,
} from '../db/schema/index.ts';
import { forbidden, invalid, invalidFields, notFound, type FieldIssue } from '../http/errors.ts';
import type { AppointmentInput, AppointmentPatchInput } from './appointments.schema.ts';
import { incidentVisible } from '../incidents/incident.queries.ts';

type Row = typeof appointments.$inferSelect;

function status(a: { startsOn: string; endsOn: string | null }, day = today()) {
  if (a.startsOn > day) return 'upcoming' as const;
  if (a.endsOn !== null && a.endsOn < day) return 'ended' as const;
  return 'active' as const;
}

function keys(a: Pick<Row, 'countryId' | 'areaId' | 'zoneId' | 'organizationId'>): RecordKeys {
  return {
    countryId: a.countryId,
    areaId: a.areaId,
    zoneId: a.zoneId,
    organizationId: a.organizationId,
  };
}

const selectWithName = (ex: Executor) =>
  ex
    .select({
      a: appointments,
      personName: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
    })
    .from(appointments)
    .innerJoin(people, eq(people.id, appointments.personId));

function present(actor: RequestActor, r: { a: Row; personName: string }) {
  return {
    ...r.a,
    personName: r.personName,
    status: status(r.a),
    hasLetter: r.a.letterDocumentId !== null || r.a.letterReference !== null,
    abilities: { canEdit: canAppoint(actor, r.a.role as AppointmentRole, keys(r.a)) },
  };
}

/** Appointments are visible to those who may read the structure where they apply. */
const visible = (actor: RequestActor) =>
  or(
    scopeWhere(actor, 'structure.read', {
      countryId: appointments.countryId,
      areaId: appointments.areaId,
      zoneId: appointments.zoneId,
    }),
    scopeWhere(actor, 'personnel.read', { organizationId: appointments.organizationId }),
    actor.personId ? eq(appointments.personId, actor.personId) : undefined,
  );

/** Checks that the appointment names the places its role is held at, consistently. */
async function placeIssues(
  ex: Executor,
  input: AppointmentInput,
): Promise<{ issues: FieldIssue[]; place: RecordKeys }> {
  const issues: FieldIssue[] = [];
  const need = ROLE_SCOPE[input.role];
  const place: RecordKeys = {
    countryId: input.countryId,
    areaId: input.areaId,
    zoneId: input.zoneId,
    organizationId: input.organizationId,
  };
  if (input.zoneId) {
    const [zone] = await ex.select().from(wardenZones).where(eq(wardenZones.id, input.zoneId));
    if (!zone) issues.push({ path: 'zoneId', message: 'unknown warden zone' });
    else Object.assign(place, { countryId: zone.countryId, areaId: zone.areaId });
    if (zone && input.countryId && input.countryId !== zone.countryId)
      issues.push({ path: 'zoneId', message: 'is not in the given country' });
  }
  if (input.areaId && !input.zoneId) {
    const [area] = await ex.select().from(areas).where(eq(areas.id, input.areaId));
    if (!area) issues.push({ path: 'areaId', message: 'unknown area' });
    else if (input.countryId && area.countryId !== input.countryId)
      issues.push({ path: 'areaId', message: 'is not an area of the given country' });
    else place.countryId = area.countryId;
  }
  if (input.organizationId) {
    const [org] = await ex
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.organizationId));
    if (!org) issues.push({ path: 'organizationId', message: 'unknown organization' });
  }
  const required: Record<typeof need, (keyof RecordKeys)[]> = {
    country: ['countryId'],
    area: ['countryId', 'areaId'],
    zone: ['zoneId'],
    'organization-country': ['organizationId', 'countryId'],
    organization: ['organizationId'],
  };
  for (const field of required[need]) {
    if (!place[field] && !issues.some((i) => i.path === field))
      issues.push({ path: field, message: `is required for the role ${input.role}` });
  }
  if (input.endsOn && input.endsOn < input.startsOn)
    issues.push({ path: 'endsOn', message: 'must not be before startsOn' });
  return { issues, place };
}

export function createAppointmentService(db: Db) {
  return {
    async list(
      actor: RequestActor,
      q: {
        countryId?: string | undefined;
        personId?: string | undefined;
        role?: string | undefined;
        status: string;
      },
    ) {
      const day = today();
      const filters: (SQL | undefined)[] = [
        visible(actor),
        q.countryId ? eq(appointments.countryId, q.countryId) : undefined,
        q.personId ? eq(appointments.personId, q.personId) : undefined,
        q.role ? eq(appointments.role, q.role) : undefined,
        q.status === 'active'
          ? and(
              lte(appointments.startsOn, day),
              or(isNull(appointments.endsOn), gte(appointments.endsOn, day)),
            )
          : undefined,
        q.status === 'upcoming' ? sql`${appointments.startsOn} > ${day}` : undefined,
        q.status === 'ended' ? lt(appointments.endsOn, day) : undefined,
      ];
      const rows = await selectWithName(db)
        .where(and(...filters))
        .orderBy(appointments.role, desc(appointments.startsOn))
        .limit(1000);
      return rows.map((r) => present(actor, r));
    },

    async get(actor: RequestActor, id: string) {
      const [row] = await selectWithName(db).where(and(eq(appointments.id, id), visible(actor)));
      if (!row) throw notFound('Appointment');
      return present(actor, row);
    },

    async create(actor: RequestActor, input: AppointmentInput) {
      return audited(db, actor, async (tx) => {
        const { issues, place } = await placeIssues(tx, input);
        const [person] = await tx
          .select({ id: people.id, kind: people.kind })
          .from(people)
          .where(eq(people.id, input.personId));
        if (!person || person.kind !== 'personnel')
          issues.push({ path: 'personId', message: 'unknown staff member' });
        if (input.letterDocumentId) {
          const [doc] = await tx
            .select({ id: documents.id })
            .from(documents)
            .where(eq(documents.id, input.letterDocumentId));
          if (!doc) issues.push({ path: 'letterDocumentId', message: 'unknown document' });
        }
        if (issues.length > 0) throw invalidFields(issues);
        if (!canAppoint(actor, input.role, place)) {
          throw forbidden(
            `You may not appoint a ${input.role} here: the Framework gives that to ${appointersText(input.role)}`,
          );
        }
        const [row] = await tx
          .insert(appointments)
          .values({ ...input, countryId: place.countryId ?? null, areaId: place.areaId ?? null })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        const [full] = await selectWithName(tx).where(eq(appointments.id, row.id));
        if (!full) throw new Error('created appointment not found');
        return {
          result: present(actor, full),
          audit: {
            action: 'appointment.create',
            entity: 'appointment',
            entityId: row.id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
    },

    async update(actor: RequestActor, id: string, patch: AppointmentPatchInput) {
      return audited(db, actor, async (tx) => {
        const [before] = await selectWithName(tx).where(
          and(eq(appointments.id, id), visible(actor)),
        );
        if (!before) throw notFound('Appointment');
        if (!canAppoint(actor, before.a.role as AppointmentRole, keys(before.a)))
          throw forbidden('You may not change this appointment');
        const startsOn = patch.startsOn ?? before.a.startsOn;
        const endsOn = patch.endsOn === undefined ? before.a.endsOn : patch.endsOn;
        if (endsOn && endsOn < startsOn) throw invalid('endsOn', 'must not be before startsOn');
        const [row] = await tx
          .update(appointments)
          .set({ ...patch, updatedAt: new Date() })
          .where(eq(appointments.id, id))
          .returning();
        const [after] = await selectWithName(tx).where(eq(appointments.id, id));
        if (!row || !after) throw notFound('Appointment');
        return {
          result: present(actor, after),
          audit: {
            action: 'appointment.update',
            entity: 'appointment',
            entityId: id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before: before.a,
            after: row,
          },
        };
      });
    },

    async uploadDocument(
      actor: RequestActor,
      input: {
        countryId: string | null;
        filename: string;
        mediaType: string;
        bytes: Buffer;
      },
    ) {
      if (input.countryId && !can(actor, 'structure.read', { countryId: input.countryId }))
        throw invalid('countryId', 'unknown country');
      const { bytes } = input;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return audited(db, actor, async (tx) => {
        const [row] = await tx
          .insert(documents)
          .values({
            countryId: input.countryId,
            filename: input.filename,
            mediaType: input.mediaType,
            size: bytes.length,
            sha256,
            content: bytes.toString('base64'),
            uploadedBy: actor.userId,
          })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        const { content: _c, ...meta } = row;
        return {
          result: meta,
          audit: {
            action: 'document.upload',
            entity: 'document',
            entityId: row.id,
            countryId: row.countryId,
            after: meta,
          },
        };
      });
    },

    async document(actor: RequestActor, id: string) {
      // Who may read it is part of the query, so a document out of scope is never loaded: an
      // incident's attachment is read by exactly those who may read the incident; a document
      // without a country by its uploader and system administrators; others within the country.
      const [row] = await db
        .select()
        .from(documents)
        .where(
          and(
            eq(documents.id, id),
            or(
              and(
                isNotNull(documents.incidentId),
                exists(
                  db
                    .select({ one: sql`1` })
                    .from(incidents)
                    .where(and(eq(incidents.id, documents.incidentId), incidentVisible(actor))),
                ),
              ),
              and(
                isNull(documents.incidentId),
                isNull(documents.countryId),
                actor.isSystemAdmin ? sql`true` : eq(documents.uploadedBy, actor.userId),
              ),
              and(
                isNull(documents.incidentId),
                isNotNull(documents.countryId),
                scopeWhere(actor, 'structure.read', { countryId: documents.countryId }),
              ),
            ),
          ),
        );
      if (!row) throw notFound('Document');
      return row;
    },
  };
}

function appointersText(role: AppointmentRole): string {
  return describeAppointers(role, (r) => ROLE_LABELS[r].en, {
    or: 'or',
    headquarters: 'headquarters (system administrators)',
  });
}

export type AppointmentService = ReturnType<typeof createAppointmentService>;
