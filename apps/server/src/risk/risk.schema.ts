import {
  ACAT_STRATEGIES,
  EXPOSED,
  GOAL_ACCEPTANCE_CODES,
  GOAL_CRITICALITY,
  MEASURE_PLACEMENTS,
  RISK_LEVELS,
  THREAT_CATEGORIES,
} from '@fieldsafe/core';
import { z } from 'zod';
import { SharingOutput, sharingInput } from '../access/classification.schema.ts';
import { Abilities, IsoDate, NonEmpty } from '../http/common.schema.ts';

export const LOCATION_TYPES = ['country', 'area', 'duty_station'] as const;
export { EXPOSED, GOAL_CRITICALITY, THREAT_CATEGORIES };

const Uuid = z.uuid('must be a UUID');
const opt = <T extends z.ZodType>(s: T) => s.nullable().optional();
const Text = (max = 2000) => z.string().trim().max(max, `must be at most ${max} characters`);

/** A point on a five-point scale: only the integers 1 to 5 (0, 6, 2.5 and "3" are refused). */
const Rating = z
  .number('must be an integer from 1 to 5')
  .int('must be an integer from 1 to 5')
  .min(1, 'must be an integer from 1 to 5')
  .max(5, 'must be an integer from 1 to 5');

const RatingBody = z.object(
  { likelihood: Rating, impact: Rating },
  'must be an object with likelihood and impact',
);

const GoalBody = z.object({
  title: NonEmpty(200),
  description: opt(Text()),
  criticality: z.enum(GOAL_CRITICALITY),
  /** The highest residual level accepted for this goal; default: the assessment's level. */
  acceptableLevel: opt(z.enum(RISK_LEVELS)),
});

/** A mitigation measure: its text, and the code of the MOSS measure it is, if any. */
const MeasureBody = z.object({
  text: NonEmpty(300),
  mossCode: opt(z.string().trim().max(20, 'must be at most 20 characters')),
});

/** A measure as plain text (the former shape, still accepted) or structured. */
const MeasureInput = z.union([NonEmpty(300), MeasureBody], 'must be a text or { text, mossCode }');

const ThreatBody = z.object({
  category: z.enum(THREAT_CATEGORIES),
  title: NonEmpty(200),
  description: opt(Text()),
  human: z.boolean().default(true),
  mindSet: opt(Text()),
  capability: opt(Text()),
  context: opt(Text()),
});

const RiskBody = z.object({
  /** Index of the threat in `threats`. */
  threat: z.number('must be the index of a threat').int('must be a whole number').min(0),
  exposed: z.enum(EXPOSED),
  description: NonEmpty(1000),
  inherent: RatingBody,
  /** Default: the strategies the matrix suggests for the inherent rating. */
  strategies: z.array(z.enum(ACAT_STRATEGIES)).min(1, 'must name a strategy').max(4).optional(),
  measures: z.array(MeasureInput).max(50).default([]),
  /** Indexes of the programme goals in `goals` this risk threatens. */
  goals: z
    .array(z.number('must be the index of a goal').int('must be a whole number').min(0))
    .max(50)
    .default([]),
  residual: RatingBody.nullable().default(null),
});

export const AssessmentBody = z.object({
  locationType: z.enum(LOCATION_TYPES),
  countryId: Uuid,
  areaId: opt(Uuid),
  dutyStationId: opt(Uuid),
  title: NonEmpty(200),
  summary: opt(Text(5000)),
  acceptableLevel: z.enum(RISK_LEVELS),
  assessedOn: IsoDate,
  reviewDue: IsoDate,
  staffCeiling: opt(z.number().int('must be a whole number').min(0, 'must be 0 or more')),
  goals: z.array(GoalBody).max(50).default([]),
  threats: z.array(ThreatBody).max(100).default([]),
  risks: z.array(RiskBody).max(200).default([]),
  ...sharingInput('risk_assessment'),
});
export type AssessmentInput = z.infer<typeof AssessmentBody>;

export const AcceptanceBody = z.object({
  rationale: NonEmpty(2000),
  /** The highest residual level the decision accepts; default: the risk's residual level. */
  acceptedLevel: z.enum(RISK_LEVELS).optional(),
});

/** Why an assessment awaits review when a trigger flagged it (see core's `FlagCause`). */
const FlagCauseSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('securityLevel'),
    params: z.object({ level: z.string(), place: z.string().nullable(), from: z.string() }),
  }),
  z.object({
    code: z.literal('incident'),
    params: z.object({ date: z.string(), title: z.string() }),
  }),
]);

export const FlagBody = z.object({ reason: NonEmpty(500) });

export const AssessmentListQuery = z.object({
  countryId: Uuid,
  areaId: Uuid.optional(),
  includeSuperseded: z.enum(['true', 'false']).default('false'),
});

export const RiskParams = z.object({ id: Uuid, riskId: Uuid });

const Rated = z
  .object({
    likelihood: z.number(),
    impact: z.number(),
    score: z.number(),
    level: z.string(),
  })
  .meta({ id: 'RiskRating' });

export const RiskRecord = z
  .object({
    id: z.string(),
    threatId: z.string(),
    threatTitle: z.string(),
    threatCategory: z.string(),
    exposed: z.string(),
    description: z.string(),
    inherent: Rated,
    suggestedStrategies: z.array(z.string()),
    strategies: z.array(z.string()),
    measures: z.array(
      z
        .object({
          text: z.string(),
          mossCode: z.string().nullable(),
          /** Where the linked MOSS measure stands at the assessed place (null: not linked). */
          placement: z.enum(MEASURE_PLACEMENTS).nullable(),
        })
        .meta({ id: 'RiskMeasure' }),
    ),
    /** A linked MOSS measure is not in place where the risk is assessed. */
    measureNotInPlace: z.boolean(),
    /** Each programme goal the risk threatens, and whether its residual risk is acceptable for it. */
    goals: z.array(
      z.object({
        goalId: z.string(),
        acceptableLevel: z.string(),
        acceptable: z.boolean(),
        code: z.enum(GOAL_ACCEPTANCE_CODES),
      }),
    ),
    residual: Rated.nullable(),
    mustStayInView: z.boolean(),
    acceptance: z.object({
      status: z.string(),
      /** In English, for API users; the web app words it from the fields below. */
      reason: z.string(),
      residualLevel: z.string(),
      acceptableLevel: z.string(),
      /** Why a recorded decision does not count, when it does not. */
      problem: z.string().nullable(),
      decision: z
        .object({
          personId: z.string().nullable(),
          name: z.string().nullable(),
          role: z.string(),
          level: z.string(),
          at: z.date(),
          rationale: z.string(),
        })
        .nullable(),
    }),
    abilities: z.object({ canAccept: z.boolean() }),
  })
  .meta({ id: 'Risk' });

const Location = {
  locationType: z.string(),
  countryId: z.string(),
  areaId: z.string().nullable(),
  dutyStationId: z.string().nullable(),
  locationName: z.string(),
};

export const AssessmentSummary = z
  .object({
    id: z.string(),
    ...Location,
    version: z.number(),
    title: z.string(),
    acceptableLevel: z.string(),
    assessedOn: z.string(),
    reviewDue: z.string(),
    reviewOverdue: z.boolean(),
    staffCeiling: z.number().nullable(),
    flaggedForReview: z.boolean(),
    flagReason: z.string().nullable(),
    flagCause: FlagCauseSchema.nullable(),
    flaggedAt: z.date().nullable(),
    current: z.boolean(),
    supersededAt: z.date().nullable(),
    riskCount: z.number(),
    aboveAcceptable: z.number(),
    ...SharingOutput,
    createdAt: z.date(),
    abilities: Abilities,
  })
  .meta({ id: 'RiskAssessmentSummary' });

export const Assessment = AssessmentSummary.extend({
  summary: z.string().nullable(),
  goals: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string().nullable(),
      criticality: z.string(),
      acceptableLevel: z.string(),
    }),
  ),
  threats: z.array(
    z.object({
      id: z.string(),
      category: z.string(),
      title: z.string(),
      description: z.string().nullable(),
      human: z.boolean(),
      mindSet: z.string().nullable(),
      capability: z.string().nullable(),
      context: z.string().nullable(),
    }),
  ),
  risks: z.array(RiskRecord),
}).meta({ id: 'RiskAssessment' });

export const UnassessedLocation = z
  .object({
    locationType: z.string(),
    id: z.string(),
    name: z.string(),
    areaId: z.string().nullable(),
  })
  .meta({ id: 'UnassessedLocation' });

const Grid = z.array(z.array(z.number()));

export const HeatMap = z
  .object({
    countryId: z.string(),
    inherent: Grid,
    residual: Grid,
    total: z.number(),
    residualUnrated: z.number(),
    assessments: z.number(),
  })
  .meta({ id: 'RiskHeatMap' });

export const RegisterEntry = z
  .object({
    id: z.string(),
    assessmentId: z.string(),
    threatTitle: z.string(),
    threatCategory: z.string(),
    exposed: z.string(),
    description: z.string(),
    inherent: Rated,
    residual: Rated.nullable(),
    strategies: z.array(z.string()),
    measureCount: z.number(),
    accepted: z.boolean(),
  })
  .meta({ id: 'RiskRegisterEntry' });

export const Register = z
  .object({
    locations: z.array(
      z.object({
        assessmentId: z.string(),
        locationType: z.string(),
        areaId: z.string().nullable(),
        dutyStationId: z.string().nullable(),
        locationName: z.string(),
        acceptableLevel: z.string(),
        flaggedForReview: z.boolean(),
      }),
    ),
    items: z.array(RegisterEntry),
  })
  .meta({ id: 'RiskRegister' });

export const RegisterQuery = z.object({
  areaId: Uuid.optional(),
  dutyStationId: Uuid.optional(),
});
