import { can, type Actor } from '../access/policy.ts';

/**
 * Precise location under the DO's control. A person's location is kept at the level of their area;
 * precise coordinates are collected only while the DO has activated it for their area, and the
 * person can see when that is so [SPEC "Across everything"]. The DO is kept informed of the
 * whereabouts of personnel [002 Annex B ¶10 (agency heads), 000 §M j]; the system should be able
 * to locate users by GPS [003 ¶120].
 */
export interface LocationActivation {
  countryId: string;
  /** Null: the whole country. */
  areaId: string | null;
  startsAt: Date;
  endsAt: Date;
  /** Set when the activation was ended before its period was over. */
  endedAt: Date | null;
}

/** Where a person is counted: their country and area (null: no area known). */
export interface LocationPlace {
  countryId: string;
  areaId: string | null;
}

/** When the activation stops collecting: its end, or the moment it was ended early. */
export function activationStopsAt(a: LocationActivation): Date {
  return a.endedAt && a.endedAt < a.endsAt ? a.endedAt : a.endsAt;
}

/** Whether the activation is in force at `at`: started, and neither over nor ended. */
export function activationInForce(a: LocationActivation, at: Date): boolean {
  return a.startsAt <= at && at < activationStopsAt(a);
}

/** Whether an activation reaches a place: the whole country, or the place's own area. */
export function activationCovers(a: LocationActivation, place: LocationPlace): boolean {
  return a.countryId === place.countryId && (a.areaId === null || a.areaId === place.areaId);
}

/**
 * The activation under which a position at `at` may be collected for a person counted at any of
 * these places, or null: none — then no position is collected.
 */
export function activationCovering<A extends LocationActivation>(
  activations: readonly A[],
  places: readonly LocationPlace[],
  at: Date,
): A | null {
  return (
    activations.find(
      (a) => activationInForce(a, at) && places.some((p) => activationCovers(a, p)),
    ) ?? null
  );
}

/** Whether a position of a person counted at this place may be collected at `at`. */
export function positionCollectable(
  activations: readonly LocationActivation[],
  place: LocationPlace,
  at: Date,
): boolean {
  return activationCovering(activations, [place], at) !== null;
}

/** A field and what is wrong with it. */
export interface ActivationIssue {
  path: 'startsAt' | 'endsAt';
  message: string;
}

/** What is wrong with a new activation's period (none: it may be recorded). */
export function activationIssues(
  input: { startsAt: Date; endsAt: Date },
  now: Date,
): ActivationIssue[] {
  const issues: ActivationIssue[] = [];
  if (input.endsAt <= input.startsAt)
    issues.push({ path: 'endsAt', message: 'must be after startsAt' });
  else if (input.endsAt <= now) issues.push({ path: 'endsAt', message: 'must be in the future' });
  return issues;
}

/**
 * Who may activate and end precise location in a country: the DO (or DO a.i.), holding
 * `location.activate` there; the CSA only while the DO has delegated it to them.
 */
export function mayActivateLocation(
  actor: Actor,
  countryId: string,
  delegatedToCsa: boolean,
): boolean {
  if (can(actor, 'location.activate', { countryId })) return true;
  return (
    delegatedToCsa &&
    actor.appointments.some((a) => a.role === 'CSA' && a.countryId === countryId && !a.areaId)
  );
}

/** Who may delegate activation to the CSA: the DO alone (a delegated CSA may not pass it on). */
export function mayDelegateLocation(actor: Actor, countryId: string): boolean {
  return can(actor, 'location.activate', { countryId });
}
