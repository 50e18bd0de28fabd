import {
  CHECKLIST_ACTOR_CATEGORIES,
  COMPLIANCE_FINDING_SEVERITIES,
  NON_COMPLIANCE_STAGES,
} from '@fieldsafe/core';
import { z } from 'zod';
import { ClassificationOutput, classificationInput } from '../access/classification.schema.ts';
import { IsoDate, NonEmpty, patchOf } from '../http/common.schema.ts';

const Uuid = z.uuid('must be a UUID');
const optText = z.string().trim().max(5000).nullable().default(null);

export const MissionBody = z.object({
  visitedOn: IsoDate,
  team: NonEmpty(300),
  summary: optText,
  briefedDoSmtOn: IsoDate.nullable().default(null),
  reportedToFocalPointsOn: IsoDate.nullable().default(null),
  returnVisitOn: IsoDate.nullable().default(null),
});

/** Recording what happened after the visit: briefing, report to focal points, return visit. */
export const MissionPatch = patchOf(
  MissionBody.pick({
    summary: true,
    briefedDoSmtOn: true,
    reportedToFocalPointsOn: true,
    returnVisitOn: true,
  }),
);

export const FindingBody = z.object({
  actorCategory: z.enum(CHECKLIST_ACTOR_CATEGORIES),
  organizationId: Uuid.nullable().default(null),
  text: NonEmpty(2000),
  severity: z.enum(COMPLIANCE_FINDING_SEVERITIES),
  owner: NonEmpty(200),
  deadline: IsoDate,
  ...classificationInput('compliance_finding'),
});

export const CloseFindingBody = z.object({
  closedOn: IsoDate,
  evidence: z.array(NonEmpty(500)).max(20).default([]),
  verifiedBy: z.string().trim().max(200).nullable().optional(),
});

export const CaseBody = z.object({
  organizationId: Uuid.nullable().default(null),
  who: NonEmpty(300),
  policy: NonEmpty(500),
  stage: z.enum(NON_COMPLIANCE_STAGES),
  occurredOn: IsoDate,
  actionTaken: optText,
});

export const Finding = z
  .object({
    id: z.string(),
    missionId: z.string(),
    organizationId: z.string().nullable(),
    organizationCode: z.string().nullable(),
    actorCategory: z.string(),
    text: z.string(),
    severity: z.string(),
    owner: z.string(),
    deadline: z.string(),
    closedOn: z.string().nullable(),
    evidence: z.array(z.string()),
    verifiedBy: z.string().nullable(),
    verified: z.boolean(),
    overdue: z.boolean(),
    escalation: z.string(),
    ...ClassificationOutput,
  })
  .meta({ id: 'ComplianceFinding' });

export const Mission = z
  .object({
    id: z.string(),
    countryId: z.string(),
    visitedOn: z.string(),
    team: z.string(),
    summary: z.string().nullable(),
    briefedDoSmtOn: z.string().nullable(),
    reportedToFocalPointsOn: z.string().nullable(),
    returnVisitOn: z.string().nullable(),
    findings: z.array(Finding),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'ComplianceMission' });

export const CountryRating = z
  .object({
    countryId: z.string(),
    percent: z.number().nullable(),
    rating: z.string().nullable(),
    /** In English, for API users; the web app words it from `percent` and `cappedByCritical`. */
    reason: z.string(),
    /** Overdue open critical findings that capped the rating at partially compliant. */
    cappedByCritical: z.number().int(),
    openFindings: z.number(),
    escalation: z.object({
      focalPoint: z.number(),
      usg: z.number(),
      executiveHead: z.number(),
      hlcm: z.number(),
    }),
    implementation: z.object({
      due: z.number(),
      closedOnTime: z.number(),
      percent: z.number().nullable(),
    }),
  })
  .meta({ id: 'ComplianceRating' });

export const NonComplianceCase = z
  .object({
    id: z.string(),
    countryId: z.string(),
    organizationId: z.string().nullable(),
    who: z.string(),
    policy: z.string(),
    stage: z.string(),
    occurredOn: z.string(),
    actionTaken: z.string().nullable(),
  })
  .meta({ id: 'NonComplianceCase' });

export const CaseQuery = z.object({
  year: z.coerce.number().int('must be a year').min(1990).max(2100).optional(),
});
