import { SUPPORT_SESSION_KINDS } from '@fieldsafe/core';
import { z } from 'zod';
import { IsoDate, patchOf } from '../http/common.schema.ts';

const Id = z.uuid('must be a UUID');
const Notes = z.string().trim().max(10_000, 'must be at most 10000 characters').nullable();

export const CaseBody = z.object({
  personId: Id,
  crisisId: Id.nullable().default(null),
  incidentId: Id.nullable().default(null),
  openedOn: IsoDate,
  nextFollowUpOn: IsoDate.nullable().default(null),
  closedOn: IsoDate.nullable().default(null),
  notes: Notes.default(null),
});
export type CaseInput = z.infer<typeof CaseBody>;

export const CasePatch = patchOf(
  z.object({
    nextFollowUpOn: IsoDate.nullable(),
    closedOn: IsoDate.nullable(),
    notes: Notes,
  }),
);
export type CasePatchInput = z.infer<typeof CasePatch>;

export const SessionBody = z.object({
  caseId: Id.nullable().default(null),
  crisisId: Id.nullable().default(null),
  incidentId: Id.nullable().default(null),
  heldOn: IsoDate,
  kind: z.enum(SUPPORT_SESSION_KINDS, 'must be individual, family or group'),
  participants: z
    .number('must be a number')
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(10_000, 'must be 10000 or less'),
  notes: Notes.default(null),
});
export type SessionInput = z.infer<typeof SessionBody>;

export const CounsellorBody = z.object({
  personId: Id,
  organizationId: Id.nullable().default(null),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable().default(null),
  note: z.string().trim().max(500, 'must be at most 500 characters').nullable().default(null),
});
export type CounsellorInput = z.infer<typeof CounsellorBody>;

export const CounsellorPatch = z.object({
  endsOn: IsoDate.nullable().optional(),
  note: z.string().trim().max(500, 'must be at most 500 characters').nullable().optional(),
});
export type CounsellorPatchInput = z.infer<typeof CounsellorPatch>;

const Event = z.object({
  kind: z.enum(['crisis', 'incident']),
  id: z.string(),
  title: z.string(),
});

export const Counts = z.object({
  sessionsHeld: z.number(),
  participants: z.number(),
  peopleFollowed: z.number(),
  openCases: z.number(),
  followUpsOverdue: z.number(),
});

/** What a manager sees: counts, never names. */
export const SupportSummary = z
  .object({
    countryId: z.string(),
    counts: Counts,
    byEvent: z.array(Counts.extend({ event: Event })),
    /** Whether the caller sees individual records here (a counsellor). */
    canCounsel: z.boolean(),
    canDesignate: z.boolean(),
  })
  .meta({ id: 'StressSupportSummary' });

export const Session = z
  .object({
    id: z.string(),
    caseId: z.string().nullable(),
    heldOn: z.string(),
    kind: z.enum(SUPPORT_SESSION_KINDS),
    participants: z.number(),
    notes: z.string().nullable(),
    event: Event.nullable(),
  })
  .meta({ id: 'StressSupportSession' });

export const SupportCase = z
  .object({
    id: z.string(),
    countryId: z.string(),
    person: z.object({
      id: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      kind: z.string(),
      organizationCode: z.string(),
    }),
    event: Event.nullable(),
    counsellor: z.string().nullable(),
    openedOn: z.string(),
    nextFollowUpOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    notes: z.string().nullable(),
    overdue: z.boolean(),
    sessions: z.array(Session),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'StressSupportCase' });

export const SupportCases = z.object({
  items: z.array(SupportCase),
  groupSessions: z.array(Session),
});

export const Counsellor = z
  .object({
    id: z.string(),
    personId: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    countryId: z.string(),
    organizationCode: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'StressCounsellor' });

export const Counsellors = z.object({
  items: z.array(Counsellor),
  canDesignate: z.boolean(),
});

export const SupportEvents = z.object({
  items: z.array(Event.extend({ at: z.date() })),
});
