import { INVARIANT_CODES } from '@fieldsafe/core';
import { z } from 'zod';
import { Area, DutyStation, Premises, WardenZone } from './structure.schema.ts';

export const Finding = z
  .object({
    code: z.enum(INVARIANT_CODES),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    /** The parts of the message, for a translation keyed by `code`. */
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    areaId: z.string().optional(),
    zoneId: z.string().optional(),
    appointmentId: z.string().optional(),
    organizationId: z.string().optional(),
  })
  .meta({ id: 'InvariantFinding' });

export const OrganizationPresence = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  personnelCount: z.number(),
  listUpdatedAt: z.string().nullable(),
});

export const InvariantReport = z
  .object({
    countryId: z.string(),
    checkedOn: z.string(),
    findings: z.array(Finding),
    organizations: z.array(OrganizationPresence),
    /** A peacekeeping mission is deployed: its military and police heads sit on the SMT [002 Annex B ¶16]. */
    peacekeepingMission: z.boolean(),
    /** `canSetPeacekeepingMission`: may record whether a peacekeeping mission is deployed. */
    abilities: z.object({ canSetPeacekeepingMission: z.boolean() }),
  })
  .meta({ id: 'InvariantReport' });

export const PeacekeepingMissionBody = z.object({ peacekeepingMission: z.boolean() });

export const Structure = z
  .object({
    areas: z.array(Area),
    dutyStations: z.array(DutyStation),
    wardenZones: z.array(WardenZone),
    premises: z.array(Premises),
    headcount: z.record(z.string(), z.number()),
  })
  .meta({ id: 'CountryStructure' });
