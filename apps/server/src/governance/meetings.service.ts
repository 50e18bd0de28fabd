import {
  can,
  isAppointmentRole,
  SECURITY_CELL_ROLES,
  securityCellMembers,
  smtMeetingOverdue,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalidFields, notFound, type FieldIssue } from '../http/errors.ts';
import { knownOrganizationIds } from '../registry/lookups.queries.ts';
import {
  appointmentsInForce,
  findMeeting,
  insertAttendees,
  insertMeeting,
  lastMeetings,
  meetingsOf,
  replaceAttendees,
  updateMeeting,
} from './meetings.queries.ts';
import type { MeetingBodyKind, MeetingInput, MeetingPatchInput } from './meetings.schema.ts';

type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

const mayManage = (actor: RequestActor, countryId: string) =>
  can(actor, 'governance.manage', { countryId });

function present(actor: RequestActor, m: MeetingRow) {
  return {
    ...m,
    body: m.body as MeetingBodyKind,
    abilities: { canEdit: mayManage(actor, m.countryId) },
  };
}

/** The audit names of a body's meetings: `smt_meeting`, `security_cell_meeting`. */
const entityOf = (body: string) => `${body}_meeting`;

async function check(
  ex: Executor,
  input: Pick<MeetingInput, 'heldOn' | 'sentToDssOn' | 'attendeeIds'>,
) {
  const issues: FieldIssue[] = [];
  if (input.sentToDssOn && input.sentToDssOn < input.heldOn)
    issues.push({ path: 'sentToDssOn', message: 'must not be before the meeting' });
  const ids = [...new Set(input.attendeeIds)];
  const known = await knownOrganizationIds(ex, ids);
  input.attendeeIds.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `attendeeIds.${i}`, message: 'unknown organization' });
  });
  if (issues.length > 0) throw invalidFields(issues);
  return ids;
}

export function createMeetingService(db: Db) {
  return {
    /**
     * A country's meetings of the SMT or of the security cell, newest first, and whether the
     * country is flagged for no SMT meeting in `days` days.
     */
    async list(actor: RequestActor, countryId: string, days: number, body: MeetingBodyKind) {
      if (!can(actor, 'governance.read', { countryId })) throw notFound('Country');
      const day = today();
      const [rows, held] = await Promise.all([
        meetingsOf(db, countryId, body),
        body === 'security_cell'
          ? appointmentsInForce(db, countryId, SECURITY_CELL_ROLES, day)
          : [],
      ]);
      const items = rows.map((m) => present(actor, m));
      const members = securityCellMembers(
        held.flatMap((h) => (isAppointmentRole(h.role) ? [{ ...h, role: h.role }] : [])),
      );
      const lastHeldOn = items.find((m) => m.heldOn <= day)?.heldOn ?? null;
      return {
        countryId,
        body,
        days,
        lastHeldOn,
        flagged: body === 'smt' && smtMeetingOverdue(lastHeldOn, day, days),
        members,
        items,
        abilities: { canEdit: mayManage(actor, countryId) },
      };
    },

    async flags(actor: RequestActor, days: number) {
      const day = today();
      const rows = await lastMeetings(db, actor, day);
      return {
        days,
        items: rows.map((r) => ({
          ...r,
          flagged: smtMeetingOverdue(r.lastHeldOn, day, days),
        })),
      };
    },

    async create(actor: RequestActor, countryId: string, input: MeetingInput) {
      if (!can(actor, 'governance.read', { countryId })) throw notFound('Country');
      if (!mayManage(actor, countryId))
        throw forbidden('Only the DO or the CSA record the meetings of a country');
      const id = await audited(db, actor, async (tx) => {
        const ids = await check(tx, input);
        const { attendeeIds: _a, ...fields } = input;
        const row = await insertMeeting(tx, { ...fields, countryId });
        await insertAttendees(tx, row.id, ids);
        return {
          result: row.id,
          audit: {
            action: `${entityOf(row.body)}.create`,
            entity: entityOf(row.body),
            entityId: row.id,
            countryId,
            after: { ...row, attendeeIds: ids },
          },
        };
      });
      const created = await findMeeting(db, actor, id);
      if (!created) throw notFound('SMT meeting');
      return present(actor, created);
    },

    async update(actor: RequestActor, id: string, patch: MeetingPatchInput) {
      await audited(db, actor, async (tx) => {
        const before = await findMeeting(tx, actor, id);
        if (!before) throw notFound('SMT meeting');
        if (!mayManage(actor, before.countryId))
          throw forbidden('Only the DO or the CSA change the meetings of a country');
        const { attendeeIds, ...fields } = patch;
        const ids = await check(tx, {
          heldOn: fields.heldOn ?? before.heldOn,
          sentToDssOn: fields.sentToDssOn === undefined ? before.sentToDssOn : fields.sentToDssOn,
          attendeeIds: attendeeIds ?? before.attendees.map((a) => a.id),
        });
        const row = await updateMeeting(tx, id, fields);
        if (!row) throw notFound('SMT meeting');
        if (attendeeIds) await replaceAttendees(tx, id, ids);
        return {
          result: row,
          audit: {
            action: `${entityOf(row.body)}.update`,
            entity: entityOf(row.body),
            entityId: id,
            countryId: row.countryId,
            before,
            after: { ...row, attendeeIds: ids },
          },
        };
      });
      const after = await findMeeting(db, actor, id);
      if (!after) throw notFound('SMT meeting');
      return present(actor, after);
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
