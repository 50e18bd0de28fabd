import { can, smtMeetingOverdue } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalidFields, notFound, type FieldIssue } from '../http/errors.ts';
import { knownOrganizationIds } from '../registry/lookups.queries.ts';
import {
  findMeeting,
  insertAttendees,
  insertMeeting,
  lastMeetings,
  meetingsOf,
  replaceAttendees,
  updateMeeting,
} from './meetings.queries.ts';
import type { MeetingInput, MeetingPatchInput } from './meetings.schema.ts';

type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

const mayManage = (actor: RequestActor, countryId: string) =>
  can(actor, 'governance.manage', { countryId });

function present(actor: RequestActor, m: MeetingRow) {
  return { ...m, abilities: { canEdit: mayManage(actor, m.countryId) } };
}

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
    /** A country's SMT meetings, newest first, and whether the country is flagged. */
    async list(actor: RequestActor, countryId: string, days: number) {
      if (!can(actor, 'governance.read', { countryId })) throw notFound('Country');
      const items = (await meetingsOf(db, countryId)).map((m) => present(actor, m));
      const day = today();
      const lastHeldOn = items.find((m) => m.heldOn <= day)?.heldOn ?? null;
      return {
        countryId,
        days,
        lastHeldOn,
        flagged: smtMeetingOverdue(lastHeldOn, day, days),
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
        throw forbidden('Only the DO or the CSA record the SMT meetings of a country');
      const id = await audited(db, actor, async (tx) => {
        const ids = await check(tx, input);
        const { attendeeIds: _a, ...fields } = input;
        const row = await insertMeeting(tx, { ...fields, countryId });
        await insertAttendees(tx, row.id, ids);
        return {
          result: row.id,
          audit: {
            action: 'smt_meeting.create',
            entity: 'smt_meeting',
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
          throw forbidden('Only the DO or the CSA change the SMT meetings of a country');
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
            action: 'smt_meeting.update',
            entity: 'smt_meeting',
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
