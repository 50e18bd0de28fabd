import { LocalizedLabelSchema } from '../common/localized.ts';
import { CLEARANCE_RULES, FILING_BASES, TRAVEL_KINDS } from '@fieldsafe/core';
import { z } from 'zod';
import { IsoDate, NonEmpty, storedEnum } from '../http/common.schema.ts';

const TRAVEL_REQUEST_STATUSES = ['pending', 'approved', 'refused', 'cancelled'] as const;
const CEILING_APPLIES_TO = ['all', 'international'] as const;

export const LegBody = z.object({
  destinationId: z.uuid('must be the id of a duty station or an area'),
  arrivalOn: IsoDate,
  departureOn: IsoDate,
});

export const TravelRequestBody = z.object({
  purpose: NonEmpty(500),
  /** Home leave to a place under restriction is referred, not refused [002 §18]. */
  travelKind: z.enum(TRAVEL_KINDS, 'must be official or home_leave').default('official'),
  /**
   * The traveller when it is not the one filing: a dependant of theirs, or a person of their
   * organization in a country where they file for it [004 ¶27]. Absent: themselves.
   */
  travellerId: z.uuid('must be the id of a person').optional(),
  legs: z.array(LegBody).min(1, 'needs at least one leg').max(20, 'at most 20 legs'),
});
export type TravelRequestInput = z.infer<typeof TravelRequestBody>;

export const DecisionBody = z.object({
  decision: z.enum(['approve', 'refuse'], 'must be approve or refuse'),
  comment: z.string().trim().max(2000, 'must be at most 2000 characters').default(''),
});
export type DecisionInput = z.infer<typeof DecisionBody>;

export const TravelListQuery = z.object({
  view: z.enum(['mine', 'queue', 'all'], 'must be mine, queue or all').default('mine'),
  status: z.enum(TRAVEL_REQUEST_STATUSES).optional(),
});
export type TravelListFilter = z.infer<typeof TravelListQuery>;

export const ClearanceReason = z
  .object({
    code: z.string(),
    severity: z.enum(['refuse', 'refer', 'info']),
    legIndex: z.number().nullable(),
    locationId: z.string().nullable(),
    message: LocalizedLabelSchema,
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'ClearanceReason' });

export const TravelLeg = z
  .object({
    id: z.string(),
    seq: z.number(),
    locationId: z.string(),
    locationName: z.string(),
    countryId: z.string(),
    areaId: z.string(),
    dutyStationId: z.string().nullable(),
    arrivalOn: z.string(),
    departureOn: z.string(),
    status: z.string(),
    approverRole: z.string(),
    decidedAt: z.date().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'TravelLeg' });

/** What an approver reads beside the request (only on the read of one request). */
export const ClearanceContext = z
  .object({
    evaluatedOn: z.string(),
    organizationId: z.string(),
    training: z.array(
      z.object({
        course: z.string(),
        issuedOn: z.string().nullable(),
        expiresOn: z.string().nullable(),
        status: z.string(),
      }),
    ),
    destinations: z.array(
      z.object({
        legIndex: z.number(),
        locationId: z.string(),
        name: z.string(),
        securityLevel: z.number().nullable(),
        staffCeiling: z.number().nullable(),
        headcount: z.number(),
        crises: z.array(z.object({ id: z.string(), title: z.string() })),
        advisories: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            body: z.string(),
            validUntil: z.string().nullable(),
          }),
        ),
      }),
    ),
    outcome: z.enum(['approve', 'refer', 'refuse']),
    /** The traveller's malicious-acts insurance coverage: last valid day, or null [004 ¶27]. */
    maipValidUntil: z.string().nullable(),
    checks: z.array(
      z.object({
        legIndex: z.number(),
        rule: z.enum(CLEARANCE_RULES),
        outcome: z.enum(['pass', 'notApplicable', 'info', 'refer', 'refuse']),
        messages: z.array(LocalizedLabelSchema),
        ceiling: z.number().nullable(),
        headcount: z.number().nullable(),
        securityLevel: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'ClearanceContext' });

export const TravelRequest = z
  .object({
    id: z.string(),
    personId: z.string(),
    travellerName: z.string(),
    organizationId: z.string(),
    purpose: z.string(),
    travelKind: z.string(),
    /** Who filed it when not the traveller, and on what footing [004 ¶27]. */
    filedBy: z.string().nullable(),
    filedByName: z.string().nullable(),
    filedAs: storedEnum(FILING_BASES),
    status: storedEnum(TRAVEL_REQUEST_STATUSES),
    outcome: z.enum(['approve', 'refer', 'refuse']),
    reasons: z.array(ClearanceReason),
    evaluatedOn: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    clearanceNumber: z.string().nullable(),
    createdAt: z.date(),
    legs: z.array(TravelLeg),
    abilities: z.object({ canDecide: z.boolean(), canCancel: z.boolean() }),
    /** On the read of one request: what its approver needs to decide. */
    context: ClearanceContext.optional(),
  })
  .meta({ id: 'TravelRequest' });

export const TravellersQuery = z.object({
  q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
});

/** Someone the signed-in person may file a clearance request for, and on what footing. */
export const FilableTravellerList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        basis: z.enum(['sponsor', 'organization']),
      }),
    ),
  })
  .meta({ id: 'FilableTravellerList' });

export const TravelRequestList = z
  .object({ items: z.array(TravelRequest) })
  .meta({ id: 'TravelRequestList' });

export const WhereaboutsParams = z.object({ id: z.uuid('must be a UUID') });

export const Whereabouts = z
  .object({
    personId: z.string(),
    home: z.object({ countryId: z.string(), areaId: z.string(), dutyStationId: z.string() }),
    current: TravelLeg.nullable(),
    planned: z.array(TravelLeg),
  })
  .meta({ id: 'TravelWhereabouts' });

export const HeadcountQuery = z.object({
  locationId: z.uuid('must be the id of a duty station or an area'),
  date: IsoDate,
});

export const Headcount = z
  .object({
    locationId: z.string(),
    date: z.string(),
    residents: z.number(),
    travellers: z.number(),
    total: z.number(),
    ceiling: z.number().nullable(),
  })
  .meta({ id: 'Headcount' });

export const CeilingBody = z.object({
  ceiling: z.number().int('must be a whole number').min(0, 'must be 0 or more'),
  appliesTo: z.enum(CEILING_APPLIES_TO).default('all'),
});

export const StaffCeiling = z
  .object({
    locationId: z.string(),
    ceiling: z.number(),
    appliesTo: storedEnum(CEILING_APPLIES_TO),
  })
  .meta({ id: 'StaffCeiling' });

export const CeilingQuery = z.object({ countryId: z.uuid('must be a UUID') });

export const StaffCeilingEntry = z
  .object({
    locationId: z.string(),
    locationName: z.string(),
    kind: z.enum(['duty_station', 'area']),
    ceiling: z.number(),
    appliesTo: storedEnum(CEILING_APPLIES_TO),
    updatedAt: z.date(),
    /** The current security risk assessment of the location, where the ceiling is also shown. */
    assessmentId: z.string().nullable(),
  })
  .meta({ id: 'StaffCeilingEntry' });

export const StaffCeilingList = z
  .object({ items: z.array(StaffCeilingEntry), canSet: z.boolean() })
  .meta({ id: 'StaffCeilingList' });

export const AdvisoryBody = z.object({
  locationId: z.uuid('must be the id of a duty station or an area'),
  title: NonEmpty(200),
  body: NonEmpty(5000),
  validFrom: IsoDate,
  validUntil: IsoDate.nullable().default(null),
});
export type AdvisoryInput = z.infer<typeof AdvisoryBody>;

export const AdvisoryQuery = z.object({
  countryId: z.uuid('must be a UUID').optional(),
  locationId: z.uuid('must be a UUID').optional(),
});

export const Advisory = z
  .object({
    id: z.string(),
    countryId: z.string(),
    areaId: z.string(),
    locationId: z.string(),
    locationName: z.string(),
    title: z.string(),
    body: z.string(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    createdAt: z.date(),
    notified: z.number().optional(),
  })
  .meta({ id: 'TravelAdvisory' });

export const AdvisoryList = z
  .object({ items: z.array(Advisory), canIssue: z.boolean() })
  .meta({ id: 'TravelAdvisoryList' });
