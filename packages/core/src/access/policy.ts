import { DESIGNATION_PERMISSIONS, type ActorDesignation } from './designations.ts';
import {
  CONFIDENTIAL_PERMISSIONS,
  HOME_COUNTRY_PERMISSIONS,
  PERMISSIONS as ALL_PERMISSIONS,
  ROLE_PERMISSIONS,
  SELF_PERMISSIONS,
  type Permission,
} from './permissions.ts';
import { ROLE_SCOPE, type AppointmentRole } from './roles.ts';

/** A part of the world, or of the system, that a grant covers. */
export type Scope =
  | { kind: 'system' }
  | { kind: 'organization'; organizationId: string }
  | { kind: 'organization-country'; organizationId: string; countryId: string }
  | { kind: 'country'; countryId: string }
  | { kind: 'area'; countryId: string; areaId: string }
  | { kind: 'zone'; countryId: string; zoneId: string }
  | { kind: 'self'; personId: string };

/** The keys of a record that access rules look at. Absent keys never match a narrower scope. */
export interface RecordKeys {
  countryId?: string | null;
  areaId?: string | null;
  zoneId?: string | null;
  organizationId?: string | null;
  personId?: string | null;
}

/** An appointment in force, as the policy needs it. */
export interface ActorAppointment {
  role: AppointmentRole;
  countryId: string | null;
  areaId: string | null;
  zoneId: string | null;
  organizationId: string | null;
}

export interface Actor {
  userId: string;
  personId: string | null;
  isSystemAdmin: boolean;
  /** Country of the person's duty station: everyone may see the security structure there. */
  homeCountryId: string | null;
  appointments: readonly ActorAppointment[];
  /** Designations in force (stress counsellors); absent: none. */
  designations?: readonly ActorDesignation[];
  /** The keys of the actor's own person record, when known: lets queries drop a redundant self filter. */
  selfKeys?: RecordKeys;
}

export interface Grant {
  permission: Permission;
  scope: Scope;
}

/** The scope an appointment is held at, or null when its record lacks the keys its role needs. */
export function appointmentScope(a: ActorAppointment): Scope | null {
  switch (ROLE_SCOPE[a.role]) {
    case 'country':
      if (!a.countryId) return null;
      return a.areaId
        ? { kind: 'area', countryId: a.countryId, areaId: a.areaId }
        : { kind: 'country', countryId: a.countryId };
    case 'area':
      return a.countryId && a.areaId
        ? { kind: 'area', countryId: a.countryId, areaId: a.areaId }
        : null;
    case 'zone':
      return a.countryId && a.zoneId
        ? { kind: 'zone', countryId: a.countryId, zoneId: a.zoneId }
        : null;
    case 'organization-country':
      return a.organizationId && a.countryId
        ? { kind: 'organization-country', organizationId: a.organizationId, countryId: a.countryId }
        : null;
    case 'organization':
      return a.organizationId ? { kind: 'organization', organizationId: a.organizationId } : null;
  }
}

/** What an actor holds, worked out once per actor object (actors are never changed in place). */
interface Held {
  grants: readonly Grant[];
  scopes: ReadonlyMap<Permission, readonly Scope[]>;
}
const heldBy = new WeakMap<Actor, Held>();

function held(actor: Actor): Held {
  let h = heldBy.get(actor);
  if (!h) {
    const grants = grantsIn(actor);
    const scopes = new Map<Permission, Scope[]>();
    for (const g of grants) {
      const list = scopes.get(g.permission);
      if (list) list.push(g.scope);
      else scopes.set(g.permission, [g.scope]);
    }
    h = { grants, scopes };
    heldBy.set(actor, h);
  }
  return h;
}

/**
 * Every (permission, scope) pair the actor holds. Worked out on the first question about an
 * actor only: a list of 50 records asks `can` of each, and a request asks several times.
 */
export function grantsOf(actor: Actor): readonly Grant[] {
  return held(actor).grants;
}

function grantsIn(actor: Actor): Grant[] {
  const grants: Grant[] = [];
  for (const d of actor.designations ?? []) {
    const scope: Scope = d.organizationId
      ? { kind: 'organization-country', organizationId: d.organizationId, countryId: d.countryId }
      : { kind: 'country', countryId: d.countryId };
    for (const permission of DESIGNATION_PERMISSIONS[d.kind]) grants.push({ permission, scope });
  }
  if (actor.isSystemAdmin) {
    // A system administrator may do everything everywhere, except read confidential records.
    for (const permission of ALL_PERMISSIONS)
      if (!CONFIDENTIAL_PERMISSIONS.includes(permission))
        grants.push({ permission, scope: { kind: 'system' } });
    return grants;
  }
  if (actor.personId) {
    const self: Scope = { kind: 'self', personId: actor.personId };
    for (const permission of SELF_PERMISSIONS) grants.push({ permission, scope: self });
  }
  if (actor.homeCountryId) {
    const home: Scope = { kind: 'country', countryId: actor.homeCountryId };
    for (const permission of HOME_COUNTRY_PERMISSIONS) grants.push({ permission, scope: home });
  }
  for (const appointment of actor.appointments) {
    const scope = appointmentScope(appointment);
    if (!scope) continue;
    for (const permission of ROLE_PERMISSIONS[appointment.role]) grants.push({ permission, scope });
  }
  return grants;
}

/** Whether a scope covers a record. */
export function covers(scope: Scope, record: RecordKeys): boolean {
  switch (scope.kind) {
    case 'system':
      return true;
    case 'organization':
      return record.organizationId === scope.organizationId;
    case 'organization-country':
      return record.organizationId === scope.organizationId && record.countryId === scope.countryId;
    case 'country':
      return record.countryId === scope.countryId;
    case 'area':
      return record.areaId === scope.areaId;
    case 'zone':
      return record.zoneId === scope.zoneId;
    case 'self':
      return record.personId === scope.personId;
  }
}

/** The one question: may this actor do this to this record? */
export function can(actor: Actor, permission: Permission, record: RecordKeys): boolean {
  return (held(actor).scopes.get(permission) ?? []).some((scope) => covers(scope, record));
}

/**
 * The scopes within which the actor holds a permission, reduced: when a system scope is held,
 * only it is returned. Queries turn this list into their WHERE clause.
 */
export function scopesFor(actor: Actor, permission: Permission): Scope[] {
  const scopes = held(actor).scopes.get(permission) ?? [];
  if (scopes.some((s) => s.kind === 'system')) return [{ kind: 'system' }];
  const self =
    actor.selfKeys && actor.personId ? { ...actor.selfKeys, personId: actor.personId } : null;
  // The self scope adds nothing when a wider scope already covers the actor's own record.
  const selfCovered = self !== null && scopes.some((s) => s.kind !== 'self' && covers(s, self));
  const seen = new Set<string>();
  return scopes.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key) || (selfCovered && s.kind === 'self')) return false;
    seen.add(key);
    return true;
  });
}

/** Bulk check: which of these records may the actor act on? */
export function allowed<T extends RecordKeys & { id: string }>(
  actor: Actor,
  permission: Permission,
  records: readonly T[],
): Set<string> {
  const scopes = scopesFor(actor, permission);
  return new Set(records.filter((r) => scopes.some((s) => covers(s, r))).map((r) => r.id));
}
