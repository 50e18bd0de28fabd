import {
  CRISIS_MEASURES,
  DECISION_AUTHORITIES,
  MOVEMENT_STATUSES,
  NORMAL_AUTHORITY,
  REMINDER_CHANNELS,
  crisisDecisionIssues,
} from '@fieldsafe/core';
import { z } from 'zod';
import { SharingOutput, sharingInput } from '../access/classification.schema.ts';
import { IsoDate, Latitude, Longitude, NonEmpty, PageQuery, paged } from '../http/common.schema.ts';

export const CRISIS_DECISIONS = ['alternate_work', 'relocation', 'evacuation', 'note'] as const;
export const REACHED_VIA = ['phone', 'radio', 'in_person'] as const;
export const BROADCAST_CHANNELS = ['in_app', 'email', 'sms'] as const;

export const ReminderScheduleBody = z
  .object({
    reminders: z
      .array(
        z.object({
          afterMinutes: z.number().int('must be a whole number of minutes'),
          channels: z.array(z.enum(REMINDER_CHANNELS, 'must be sms, email or in_app')),
        }),
      )
      .max(10, 'may hold at most 10 reminders'),
    escalateAfterMinutes: z.number().int('must be a whole number of minutes').nullable(),
  })
  .meta({ id: 'ReminderSchedule' });

export const DeclareBody = z.object({
  countryId: z.uuid('must be a UUID'),
  areaId: z.uuid('must be a UUID').nullish(),
  title: NonEmpty(200),
  description: z.string().trim().max(4000, 'must be at most 4000 characters').nullish(),
  tokenHours: z.number().int('must be a whole number').min(1).max(720).default(72),
  /**
   * Resend to those who have not answered and escalate by time (minutes after the declaration).
   * Left out: the default (15 and 45 minutes by SMS and e-mail, call lists at 60); null: none.
   */
  reminderSchedule: ReminderScheduleBody.nullish(),
});
export type DeclareInput = z.infer<typeof DeclareBody>;

export const CrisisListQuery = z.object({ countryId: z.uuid('must be a UUID').optional() });

export const Crisis = z
  .object({
    id: z.string(),
    countryId: z.string(),
    areaId: z.string().nullable(),
    areaName: z.string().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    status: z.string(),
    declaredBy: z.string(),
    declaredAt: z.date(),
    closedAt: z.date().nullable(),
    reminderSchedule: ReminderScheduleBody.nullable(),
    /** When the still-silent were put on their wardens' call lists. */
    escalatedAt: z.date().nullable(),
    abilities: z.object({ canManage: z.boolean(), canAccount: z.boolean() }),
  })
  .meta({ id: 'Crisis' });

const Counts = z.object({
  total: z.number(),
  safe: z.number(),
  needHelp: z.number(),
  noAnswer: z.number(),
});

export const CrisisPersonRow = z
  .object({
    personId: z.string(),
    name: z.string(),
    kind: z.string(),
    category: z.string().nullable(),
    organization: z.string(),
    zoneId: z.string().nullable(),
    zone: z.string().nullable(),
    phone: z.string().nullable(),
    radioCallSign: z.string().nullable(),
    reason: z.string(),
    status: z.string(),
    note: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    answeredVia: z.string().nullable(),
    answeredAt: z.date().nullable(),
    /** When the person, still silent, went on their warden's call list (reminder schedule). */
    callListAt: z.date().nullable(),
    canMark: z.boolean(),
  })
  .meta({ id: 'CrisisPerson' });

export const Board = z
  .object({
    crisisId: z.string(),
    status: z.string(),
    counts: Counts,
    allAccountedFor: z.boolean(),
    byZone: z.array(Counts.extend({ zoneId: z.string().nullable(), zone: z.string().nullable() })),
    byOrganization: z.array(
      Counts.extend({ organizationId: z.string(), organization: z.string() }),
    ),
    /** One page of the people counted (filtered); the counts above are over all of them. */
    people: z.array(CrisisPersonRow),
    page: z.number(),
    pageSize: z.number(),
    /** How many people match the filter (the pages of `people`). */
    peopleTotal: z.number(),
  })
  .meta({ id: 'CrisisBoard' });

/**
 * The board's people come a page at a time (50 by default), filtered by status, zone or
 * organization; `pageSize=0` gives the counts alone (the web console pages people through the
 * call list).
 */
export const BoardQuery = z.object({
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
  pageSize: z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(200, 'must be 200 or less')
    .default(50),
  status: z
    .enum(['safe', 'need_help', 'no_answer'], 'must be safe, need_help or no_answer')
    .optional(),
  zoneId: z.uuid('must be a UUID').optional(),
  organizationId: z.uuid('must be a UUID').optional(),
});
export type BoardFilter = z.infer<typeof BoardQuery>;

export const MarkBody = z.object({
  status: z.enum(['safe', 'need_help'], 'must be safe or need_help'),
  via: z.enum(REACHED_VIA, 'must be phone, radio or in_person'),
  note: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
});

export const CrisisPersonParams = z.object({
  id: z.uuid('must be a UUID'),
  personId: z.uuid('must be a UUID'),
});

export const CheckinBody = z.object({
  status: z.enum(['safe', 'need_help'], 'must be safe or need_help'),
  note: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
  latitude: Latitude.nullish(),
  longitude: Longitude.nullish(),
  /**
   * The device's id for this answer (the web app keeps an answer given offline and sends it when
   * back online): sent again, the same answer is recorded once.
   */
  clientRef: z.uuid('must be a UUID').nullish(),
});
export type CheckinInput = z.infer<typeof CheckinBody>;

export const CheckinResult = z
  .object({
    crisis: z.string(),
    status: z.string(),
    answeredAt: z.date(),
    /** This answer (its `clientRef`) had been recorded already: nothing was written again. */
    repeated: z.boolean(),
  })
  .meta({ id: 'CheckinResult' });

export const LogBody = z
  .object({
    kind: z.enum(CRISIS_DECISIONS, `must be one of ${CRISIS_DECISIONS.join(', ')}`),
    text: NonEmpty(4000),
    decidedBy: z.string().trim().max(200).nullish(),
    /**
     * Who decides [002 Annex B ¶13, 003 ¶181]: the DO (relocation, alternate work; an evacuation
     * only in exigent circumstances) or the Secretary-General (an evacuation, on the USG's
     * recommendation). Defaults to the measure's normal authority.
     */
    authority: z.enum(DECISION_AUTHORITIES).nullish(),
    recommendedBy: z.string().trim().max(300).nullish(),
    /** The DO acting in exigent circumstances: reported to the USG immediately. */
    exigent: z.boolean().default(false),
    ...sharingInput('crisis_log'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'note') return;
    const issues = crisisDecisionIssues({
      measure: v.kind,
      authority: v.authority ?? NORMAL_AUTHORITY[v.kind],
      recommendedBy: v.recommendedBy ?? null,
      exigent: v.exigent,
    });
    for (const i of issues) ctx.addIssue({ code: 'custom', path: [i.field], message: i.message });
  });

export const LogEntry = z
  .object({
    id: z.string(),
    kind: z.string(),
    text: z.string(),
    decidedBy: z.string().nullable(),
    authority: z.string().nullable(),
    recommendedBy: z.string().nullable(),
    exigent: z.boolean(),
    reportedToUsgAt: z.date().nullable(),
    usgReportReference: z.string().nullable(),
    /** A DO decision in exigent circumstances not yet reported to the USG. */
    usgReportPending: z.boolean(),
    recordedBy: z.string(),
    at: z.date(),
    ...SharingOutput,
  })
  .meta({ id: 'CrisisLogEntry' });

export const EvacuationEntry = z
  .object({
    personId: z.string(),
    name: z.string(),
    kind: z.string(),
    category: z.string().nullable(),
    organization: z.string(),
    eligibility: z.enum(['eligible', 'case_by_case']),
    /** Locally recruited staff or their dependant: evacuation needs the staff association. */
    locallyRecruited: z.boolean(),
    status: z.string(),
    movement: z
      .object({
        measure: z.string(),
        status: z.enum(MOVEMENT_STATUSES),
        exceptionalReason: z.string().nullable(),
        staffAssociation: z.string().nullable(),
        staffAssociationConsultedOn: z.string().nullable(),
        destination: z.string().nullable(),
        decisionId: z.string().nullable(),
        decidedBy: z.string(),
        movedAt: z.date().nullable(),
        arrivedAt: z.date().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'EvacuationEntry' });

export const EvacuationList = z.object({
  items: z.array(EvacuationEntry),
  abilities: z.object({ canDecide: z.boolean(), canTrack: z.boolean() }),
});

export const UsgReportBody = z.object({
  reportedAt: z.coerce.date().optional(),
  reference: NonEmpty(200),
});

export const MovementBody = z.object({
  personId: z.uuid('must be a UUID'),
  measure: z.enum(CRISIS_MEASURES),
  decisionId: z.uuid('must be a UUID').nullish(),
  destination: z.string().trim().max(300).nullish(),
  exceptionalReason: z.string().trim().max(2000).nullish(),
  staffAssociation: z.string().trim().max(300).nullish(),
  staffAssociationConsultedOn: IsoDate.nullish(),
});
export type MovementInput = z.infer<typeof MovementBody>;

export const MovementStatusBody = z.object({ status: z.enum(['moved', 'arrived']) });

export const BroadcastBody = z.object({
  countryId: z.uuid('must be a UUID'),
  areaId: z.uuid('must be a UUID').nullish(),
  zoneId: z.uuid('must be a UUID').nullish(),
  organizationId: z.uuid('must be a UUID').nullish(),
  crisisId: z.uuid('must be a UUID').nullish(),
  title: NonEmpty(200),
  body: NonEmpty(2000),
  channels: z
    .array(z.enum(BROADCAST_CHANNELS, 'must be in_app, email or sms'))
    .min(1, 'needs at least one channel')
    .default(['in_app', 'email', 'sms']),
});
export type BroadcastInput = z.infer<typeof BroadcastBody>;

export const BroadcastPreviewBody = BroadcastBody.extend({ title: NonEmpty(200).optional() });

export const BroadcastPreview = z
  .object({
    recipients: z.number(),
    smsRecipients: z.number(),
    emailRecipients: z.number(),
    encoding: z.enum(['gsm7', 'ucs2']),
    characters: z.number(),
    segments: z.number(),
    /** What the last segment still holds. */
    remaining: z.number(),
    /** SMS recipients per numbering-plan country (null: not known), each at its gateway's price. */
    countries: z.array(
      z.object({
        region: z.string().nullable(),
        recipients: z.number(),
        pricePerSegment: z.number(),
        cost: z.number(),
      }),
    ),
    cost: z.number(),
    currency: z.literal('USD'),
  })
  .meta({ id: 'BroadcastPreview' });

export const BroadcastResult = z
  .object({
    id: z.string(),
    recipients: z.number(),
    queued: z.number(),
    wardensNotified: z.number(),
  })
  .meta({ id: 'BroadcastResult' });

export const DeliveryStats = z
  .object({ queued: z.number(), sending: z.number(), delivered: z.number(), failed: z.number() })
  .meta({ id: 'DeliveryStats' });

export const MyCheckin = z
  .object({
    crisisId: z.string(),
    title: z.string(),
    declaredAt: z.date(),
    status: z.string(),
    answeredAt: z.date().nullable(),
  })
  .meta({ id: 'MyCheckin' });

/** What a warden's call found: the person is safe, needs help, or did not answer. */
export const CALL_OUTCOMES = ['safe', 'need_help', 'no_answer'] as const;

export const CallListQuery = PageQuery.extend({
  /** The people still silent (`no_answer`), or those who answered safe / need help. */
  status: z
    .enum(['no_answer', 'safe', 'need_help'], 'must be no_answer, safe or need_help')
    .optional(),
  /** Part of a name, a phone number or a radio call sign. */
  q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
});
export type CallListFilter = z.infer<typeof CallListQuery>;

export const CallListRow = z
  .object({
    personId: z.string(),
    name: z.string(),
    organization: z.string(),
    zone: z.string().nullable(),
    phone: z.string().nullable(),
    radioCallSign: z.string().nullable(),
    status: z.enum(['no_answer', 'safe', 'need_help']),
    answeredVia: z.string().nullable(),
    answeredAt: z.date().nullable(),
    note: z.string().nullable(),
    /** The last call recorded by a warden, if any. */
    callOutcome: z.enum(CALL_OUTCOMES).nullable(),
    calledAt: z.date().nullable(),
    calledBy: z.string().nullable(),
    callListAt: z.date().nullable(),
    canReach: z.boolean(),
  })
  .meta({ id: 'CallListRow' });

export const CallList = paged(CallListRow)
  .extend({
    /** Among the people the list covers (before the filter): how many are still to reach. */
    toReach: z.number(),
  })
  .meta({ id: 'CallList' });

export const ReachBody = z.object({
  outcome: z.enum(CALL_OUTCOMES, 'must be safe, need_help or no_answer'),
  via: z.enum(REACHED_VIA, 'must be phone, radio or in_person').default('phone'),
  note: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
});
export type ReachInput = z.infer<typeof ReachBody>;
