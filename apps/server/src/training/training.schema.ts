import { LocalizedLabelSchema } from '../common/localized.ts';
import { z } from 'zod';
import { IsoDate, NonEmpty } from '../http/common.schema.ts';

export const Course = z
  .object({
    code: z.string(),
    name: LocalizedLabelSchema,
    validityMonths: z.number().nullable(),
    requirement: z.string(),
    core: z.boolean(),
  })
  .meta({ id: 'Course' });
export const CourseList = z.object({ items: z.array(Course) }).meta({ id: 'CourseList' });

export const CourseBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_]{2,32}$/, 'must be 2–32 capital letters, digits or _'),
  nameEn: NonEmpty(200),
  nameFr: NonEmpty(200),
  /** The name in the other UN languages; a language left out shows the English name. */
  names: z
    .object({
      ar: NonEmpty(200).optional(),
      es: NonEmpty(200).optional(),
      ru: NonEmpty(200).optional(),
      zh: NonEmpty(200).optional(),
    })
    .strict()
    .default({}),
  validityMonths: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .nullable()
    .default(null),
});

export const CertificateBody = z.object({
  personId: z.uuid('must be a UUID'),
  course: NonEmpty(32),
  issuedOn: IsoDate,
  expiresOn: IsoDate.nullable().default(null),
  refresherMonths: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .nullable()
    .default(null),
});
export type CertificateInput = z.infer<typeof CertificateBody>;

export const Certificate = z
  .object({
    id: z.string(),
    personId: z.string(),
    course: z.string(),
    issuedOn: z.string(),
    expiresOn: z.string().nullable(),
    refresherMonths: z.number().nullable(),
    source: z.string(),
    validUntil: z.string().nullable(),
    status: z.enum(['valid', 'expiring', 'expired']),
  })
  .meta({ id: 'Certificate' });

export const PersonTraining = z
  .object({
    personId: z.string(),
    certificates: z.array(Certificate),
    exemptions: z.array(
      z.object({
        id: z.string(),
        locationId: z.string(),
        reason: z.string(),
        validFrom: z.string().nullable(),
        validUntil: z.string(),
      }),
    ),
    briefings: z.array(
      z.object({
        id: z.string(),
        dutyStationId: z.string(),
        briefedOn: z.string(),
        acknowledgedAt: z.date().nullable(),
      }),
    ),
    abilities: z.object({ canEdit: z.boolean(), canExempt: z.boolean() }),
  })
  .meta({ id: 'PersonTraining' });

export const MandateBody = z.object({
  locationId: z.uuid('must be the id of a duty station or an area'),
  mandatoryFrom: IsoDate,
  decidedBy: NonEmpty(200),
  refresherMonths: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .nullable()
    .default(null),
});

export const Mandate = z
  .object({
    id: z.string(),
    countryId: z.string(),
    locationId: z.string(),
    locationKind: z.string(),
    locationName: z.string(),
    mandatoryFrom: z.string(),
    endsOn: z.string().nullable(),
    decidedBy: z.string(),
    refresherMonths: z.number().nullable(),
  })
  .meta({ id: 'SsafeMandate' });
export const MandateList = z
  .object({ items: z.array(Mandate), abilities: z.object({ canDecide: z.boolean() }) })
  .meta({ id: 'SsafeMandateList' });

export const ExemptionBody = z.object({
  personId: z.uuid('must be a UUID'),
  locationId: z.uuid('must be the id of a duty station or an area'),
  reason: NonEmpty(1000),
  validFrom: IsoDate.nullable().default(null),
  validUntil: IsoDate,
});

export const Exemption = z
  .object({
    id: z.string(),
    personId: z.string(),
    locationId: z.string(),
    reason: z.string(),
    validFrom: z.string().nullable(),
    validUntil: z.string(),
  })
  .meta({ id: 'SsafeExemption' });

export const ExemptionList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        personId: z.string(),
        personName: z.string(),
        locationId: z.string(),
        locationName: z.string(),
        reason: z.string(),
        validFrom: z.string().nullable(),
        validUntil: z.string(),
      }),
    ),
  })
  .meta({ id: 'SsafeExemptionList' });

export const BriefingBody = z.object({
  personId: z.uuid('must be a UUID'),
  dutyStationId: z.uuid('must be a UUID'),
  briefedOn: IsoDate,
});

export const Briefing = z
  .object({
    id: z.string(),
    personId: z.string(),
    dutyStationId: z.string(),
    briefedOn: z.string(),
    acknowledgedAt: z.date().nullable(),
  })
  .meta({ id: 'ArrivalBriefing' });

export const CountryQuery = z.object({ countryId: z.uuid('must be a UUID') });

export const ImportQuery = z.object({
  countryId: z.uuid('must be a UUID'),
  dryRun: z
    .enum(['true', 'false'], 'must be true or false')
    .default('false')
    .transform((v) => v === 'true'),
});

export const CertificateImportSummary = z
  .object({
    dryRun: z.boolean(),
    rows: z.number(),
    created: z.number(),
    unchanged: z.number(),
    errors: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
  })
  .meta({ id: 'CertificateImportSummary' });

export const TrainingReport = z
  .object({
    onDate: z.string(),
    courses: z.array(z.string()),
    rows: z.array(
      z.object({
        organizationId: z.string(),
        organizationCode: z.string(),
        personnel: z.number(),
        courses: z.record(z.string(), z.object({ trained: z.number(), expiring: z.number() })),
      }),
    ),
    expiring: z.array(
      z.object({
        personId: z.string(),
        personName: z.string(),
        organizationId: z.string(),
        course: z.string(),
        expiresOn: z.string(),
        daysLeft: z.number(),
      }),
    ),
  })
  .meta({ id: 'TrainingReport' });

export const IndicatorQuery = z.object({
  countryId: z.uuid('must be a UUID').optional(),
});

const Rate = z
  .object({ required: z.number(), valid: z.number(), percent: z.number().nullable() })
  .meta({ id: 'IndicatorRate' });

export const IndicatorRow = z
  .object({
    group: z.string(),
    headcount: z.number(),
    basic: Rate,
    advanced: Rate,
    ssafe: Rate,
    roleTraining: Rate,
    core: Rate,
    specialized: Rate,
    specializedHolders: z.number(),
  })
  .meta({ id: 'IndicatorRow' });

export const TrainingIndicators = z
  .object({
    onDate: z.string(),
    countryId: z.string().nullable(),
    byStaffType: z.array(IndicatorRow),
    byManagementLevel: z.array(IndicatorRow),
    securityPersonnel: IndicatorRow,
    total: IndicatorRow,
  })
  .meta({ id: 'TrainingIndicators' });
