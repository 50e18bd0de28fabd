import { APPOINTMENT_ROLES } from '@fieldsafe/core';
import { z } from 'zod';
import { Abilities, IsoDate, NonEmpty, patchOf, storedEnum } from '../http/common.schema.ts';

const MeetingFields = {
  heldOn: IsoDate,
  agenda: NonEmpty(5000),
  attendeeIds: z.array(z.uuid('must be a UUID')).max(100).default([]),
  minutes: z.string().trim().max(20_000).nullable().default(null),
  /** When the minutes were sent to DSS. */
  sentToDssOn: IsoDate.nullable().default(null),
};

/** The bodies whose meetings are recorded: the SMT, and the security cell chaired by the CSA [002 Annex B J.6–7]. */
export const MEETING_BODIES = ['smt', 'security_cell'] as const;
export type MeetingBodyKind = (typeof MEETING_BODIES)[number];

export const MeetingBody = z.object({
  ...MeetingFields,
  body: z.enum(MEETING_BODIES).default('smt'),
});
export type MeetingInput = z.infer<typeof MeetingBody>;
export const MeetingPatch = patchOf(z.object(MeetingFields));
export type MeetingPatchInput = z.infer<typeof MeetingPatch>;

export const DaysQuery = z.object({
  body: z.enum(MEETING_BODIES).default('smt'),
  days: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(3650, 'must be 3650 or less')
    .default(90),
});

export const Meeting = z
  .object({
    id: z.string(),
    countryId: z.string(),
    body: storedEnum(MEETING_BODIES),
    heldOn: z.string(),
    agenda: z.string(),
    minutes: z.string().nullable(),
    sentToDssOn: z.string().nullable(),
    attendees: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
    updatedAt: z.date(),
    abilities: Abilities,
  })
  .meta({ id: 'SmtMeeting' });

export const CountryMeetings = z
  .object({
    countryId: z.string(),
    body: z.enum(MEETING_BODIES),
    days: z.number(),
    lastHeldOn: z.string().nullable(),
    /** No SMT meeting in the last `days` days (the security cell is not flagged). */
    flagged: z.boolean(),
    /** The security cell's members, the chair first (empty for the SMT) [002 Annex B J.6]. */
    members: z.array(
      z.object({
        appointmentId: z.string(),
        role: storedEnum(APPOINTMENT_ROLES),
        personName: z.string(),
        organizationCode: z.string().nullable(),
        chair: z.boolean(),
      }),
    ),
    items: z.array(Meeting),
    abilities: Abilities,
  })
  .meta({ id: 'CountrySmtMeetings' });

export const MeetingFlags = z
  .object({
    days: z.number(),
    items: z.array(
      z.object({
        countryId: z.string(),
        countryName: z.string(),
        lastHeldOn: z.string().nullable(),
        flagged: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'SmtMeetingFlags' });
