import {
  appointmentScope,
  covers,
  currentPeriod,
  measureAll,
  REGISTRY_MEASURES,
  type ActorAppointment,
  type MeasureFinding,
  type MeasureResult,
  type MeasureTag,
} from '@fieldsafe/core';
import { today } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { createCountryService } from '../registry/country.service.ts';
import { countryFacts } from './measures.queries.ts';

const registryCodes = new Set<string>(Object.values(REGISTRY_MEASURES).flat());

/**
 * Whether a finding concerns the holder of an appointment: registry findings and findings about a
 * place or an organization count when the appointment's scope covers them; a country-wide
 * measure (no place named) concerns every holder in the country.
 */
export function concerns(a: ActorAppointment, f: MeasureFinding): boolean {
  const scope = appointmentScope(a);
  if (!scope) return false;
  const placed = Boolean(f.areaId || f.zoneId || f.organizationId);
  if (!placed && !registryCodes.has(f.code)) return true;
  return covers(scope, {
    countryId: a.countryId,
    areaId: f.areaId ?? null,
    zoneId: f.zoneId ?? null,
    organizationId: f.organizationId ?? null,
  });
}

/** A measure's result as one appointment holder sees it: only the findings that concern them. */
export function forHolder(a: ActorAppointment, r: MeasureResult): MeasureResult {
  const findings = r.findings.filter((f) => concerns(a, f));
  return { ...r, findings, ok: findings.length === 0 };
}

export function createMeasureService(db: Db) {
  const countries = createCountryService(db);

  /** Every measure of a country over a period (default: the twelve months up to today). */
  async function ofCountry(
    countryId: string,
    period: { from: string; asOf: string } = currentPeriod(today()),
  ): Promise<Record<MeasureTag, MeasureResult>> {
    const [report, facts] = await Promise.all([
      countries.report(countryId),
      countryFacts(db, countryId, period),
    ]);
    return measureAll({ ...facts, registryFindings: report.findings });
  }

  return { ofCountry };
}
