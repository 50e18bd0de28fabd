import {
  can,
  canAppoint,
  canConfirmCsaAdInterim,
  structureMarkIssues,
  type SmtSeat,
  describeAppointers,
  ROLE_LABELS,
  ROLE_SCOPE,
  type AppointmentRole,
  type RecordKeys,
} from '@fieldsafe/core';
import { createHash } from 'node:crypto';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, invalidFields, notFound, type FieldIssue } from '../http/errors.ts';
import type { AppointmentInput, AppointmentPatchInput } from './appointments.schema.ts';
import {
  appointmentWithName,
  findReadableDocument,
  findVisibleAppointment,
  insertAppointment,
  insertDocument,
  listAppointments,
  updateAppointment,
  type AppointmentFilter,
  type AppointmentRow as Row,
} from './appointments.queries.ts';
import { findArea, findDocumentRef, findPersonRow, organizationExists } from './lookups.queries.ts';
import { findZone } from './people.queries.ts';

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

function present(
  actor: RequestActor,
  r: { a: Row; personName: string; confirmedByName: string | null },
) {
  const { aiConfirmedBy: _by, aiConfirmedOn, aiConfirmationReference, ...a } = r.a;
  return {
    ...a,
    smtSeat: a.smtSeat as SmtSeat | null,
    personName: r.personName,
    status: status(r.a),
    hasLetter: r.a.letterDocumentId !== null || r.a.letterReference !== null,
    adInterimConfirmation:
      aiConfirmedOn && aiConfirmationReference
        ? { byName: r.confirmedByName ?? '', on: aiConfirmedOn, reference: aiConfirmationReference }
        : null,
    abilities: {
      canEdit: canAppoint(actor, r.a.role as AppointmentRole, keys(r.a)),
      canConfirmAdInterim:
        r.a.csaAdInterim && aiConfirmedOn === null && canConfirmCsaAdInterim(actor, keys(r.a)),
    },
  };
}

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
    const zone = await findZone(ex, input.zoneId);
    if (!zone) issues.push({ path: 'zoneId', message: 'unknown warden zone' });
    else Object.assign(place, { countryId: zone.countryId, areaId: zone.areaId });
    if (zone && input.countryId && input.countryId !== zone.countryId)
      issues.push({ path: 'zoneId', message: 'is not in the given country' });
  }
  if (input.areaId && !input.zoneId) {
    const area = await findArea(ex, input.areaId);
    if (!area) issues.push({ path: 'areaId', message: 'unknown area' });
    else if (input.countryId && area.countryId !== input.countryId)
      issues.push({ path: 'areaId', message: 'is not an area of the given country' });
    else place.countryId = area.countryId;
  }
  if (input.organizationId && !(await organizationExists(ex, input.organizationId)))
    issues.push({ path: 'organizationId', message: 'unknown organization' });
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
  issues.push(...structureMarkIssues(input));
  return { issues, place };
}

/** Changes an appointment; answers it as the actor sees it, with its audit entry. */
async function write(
  tx: Executor,
  actor: RequestActor,
  before: Row,
  fields: Parameters<typeof updateAppointment>[2],
  action: string,
) {
  const row = await updateAppointment(tx, before.id, fields);
  const after = await appointmentWithName(tx, before.id);
  if (!row || !after) throw notFound('Appointment');
  return {
    result: present(actor, after),
    audit: {
      action,
      entity: 'appointment',
      entityId: before.id,
      countryId: row.countryId,
      organizationId: row.organizationId,
      before,
      after: row,
    },
  };
}

export function createAppointmentService(db: Db) {
  return {
    async list(actor: RequestActor, q: AppointmentFilter) {
      const rows = await listAppointments(db, actor, q, today());
      return rows.map((r) => present(actor, r));
    },

    async get(actor: RequestActor, id: string) {
      const row = await findVisibleAppointment(db, actor, id);
      if (!row) throw notFound('Appointment');
      return present(actor, row);
    },

    async create(actor: RequestActor, input: AppointmentInput) {
      return audited(db, actor, async (tx) => {
        const { issues, place } = await placeIssues(tx, input);
        const person = await findPersonRow(tx, input.personId);
        if (!person || person.kind !== 'personnel')
          issues.push({ path: 'personId', message: 'unknown staff member' });
        if (input.letterDocumentId && !(await findDocumentRef(tx, input.letterDocumentId)))
          issues.push({ path: 'letterDocumentId', message: 'unknown document' });
        if (issues.length > 0) throw invalidFields(issues);
        if (!canAppoint(actor, input.role, place)) {
          throw forbidden(
            `You may not appoint a ${input.role} here: the Framework gives that to ${appointersText(input.role)}`,
          );
        }
        const row = await insertAppointment(tx, {
          ...input,
          countryId: place.countryId ?? null,
          areaId: place.areaId ?? null,
        });
        const full = await appointmentWithName(tx, row.id);
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
        const before = await findVisibleAppointment(tx, actor, id);
        if (!before) throw notFound('Appointment');
        if (!canAppoint(actor, before.a.role as AppointmentRole, keys(before.a)))
          throw forbidden('You may not change this appointment');
        const startsOn = patch.startsOn ?? before.a.startsOn;
        const endsOn = patch.endsOn === undefined ? before.a.endsOn : patch.endsOn;
        if (endsOn && endsOn < startsOn) throw invalid('endsOn', 'must not be before startsOn');
        const marks = structureMarkIssues({
          role: before.a.role as AppointmentRole,
          csaAdInterim: patch.csaAdInterim ?? before.a.csaAdInterim,
          smtSeat: patch.smtSeat === undefined ? before.a.smtSeat : patch.smtSeat,
        });
        if (marks.length > 0) throw invalidFields(marks);
        // Acting ad interim anew needs the DO's confirmation anew [002 Annex B ¶24].
        const reset =
          patch.csaAdInterim === false
            ? { aiConfirmedBy: null, aiConfirmedOn: null, aiConfirmationReference: null }
            : {};
        return write(tx, actor, before.a, { ...patch, ...reset }, 'appointment.update');
      });
    },

    /** The DO confirms in writing a single-agency officer acting as CSA/SA a.i. [002 Annex B ¶24]. */
    async confirmAdInterim(
      actor: RequestActor,
      id: string,
      input: { confirmedOn: string; reference: string },
    ) {
      return audited(db, actor, async (tx) => {
        const before = await findVisibleAppointment(tx, actor, id);
        if (!before) throw notFound('Appointment');
        if (!canConfirmCsaAdInterim(actor, keys(before.a)))
          throw forbidden('Only the Designated Official confirms a CSA/SA ad interim');
        if (!before.a.csaAdInterim)
          throw invalid('id', 'is not an appointment acting as CSA/SA ad interim');
        if (before.a.aiConfirmedOn !== null) throw invalid('id', 'is already confirmed');
        if (!actor.personId)
          throw forbidden('Only a Designated Official with a staff record confirms in writing');
        const confirmation = {
          aiConfirmedBy: actor.personId,
          aiConfirmedOn: input.confirmedOn,
          aiConfirmationReference: input.reference,
        };
        return write(tx, actor, before.a, confirmation, 'appointment.confirm_ad_interim');
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
        const row = await insertDocument(tx, {
          countryId: input.countryId,
          filename: input.filename,
          mediaType: input.mediaType,
          size: bytes.length,
          sha256,
          content: bytes.toString('base64'),
          uploadedBy: actor.userId,
        });
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
      const row = await findReadableDocument(db, actor, id);
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
