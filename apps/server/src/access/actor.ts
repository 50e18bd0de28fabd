import {
  isAppointmentRole,
  isLocale,
  todayIn,
  type Actor,
  type ActorAppointment,
  type ActorDesignation,
} from '@fieldsafe/core';
import { eq, sql, type Placeholder } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { appointments, people, stressCounsellors, users } from '../db/schema/index.ts';
import type { AuditActor } from '../audit/audit.service.ts';

export type { Locale } from '@fieldsafe/core';
import type { Locale } from '@fieldsafe/core';

/** The signed-in user as every service sees it: the policy's actor plus who to name in the audit. */
export interface RequestActor extends Actor, AuditActor {
  userId: string;
  email: string;
  locale: Locale;
  /** Set when the caller came with a session cookie (not an API token). */
  session?: SessionInfo;
}

/**
 * Where a session stands with the second factor: `enrol` (required, none set up yet),
 * `challenge` (set up, not yet passed in this session), `satisfied` (passed, or asserted by the
 * organization's SSO), `not_required`. Writes are refused in `enrol` and `challenge`.
 */
export type SecondFactorState = 'not_required' | 'enrol' | 'challenge' | 'satisfied';

export interface SessionInfo {
  id: string;
  method: 'password' | 'oidc';
  secondFactor: SecondFactorState;
  /** Whether the user has a TOTP factor set up. */
  totpEnabled: boolean;
}

/** Today's date on the server: UTC (core's `todayIn`; stored dates carry no zone). */
export function today(): string {
  return todayIn('UTC');
}

type AppointmentJson = {
  role: string;
  countryId: string | null;
  areaId: string | null;
  zoneId: string | null;
  organizationId: string | null;
};

/**
 * The columns an actor is built from: the user, their person record and, aggregated in the same
 * query, the appointments in force today, so that resolving a caller is one round trip.
 */
export function actorColumns(day: string | Placeholder) {
  return {
    id: users.id,
    email: users.email,
    isSystemAdmin: users.isSystemAdmin,
    locale: users.locale,
    disabled: users.disabled,
    personId: users.personId,
    homeCountryId: people.countryId,
    areaId: people.areaId,
    zoneId: people.zoneId,
    organizationId: people.organizationId,
    appointments: sql<AppointmentJson[]>`coalesce((
      select json_agg(json_build_object(
        'role', ${appointments.role}, 'countryId', ${appointments.countryId},
        'areaId', ${appointments.areaId}, 'zoneId', ${appointments.zoneId},
        'organizationId', ${appointments.organizationId}))
      from ${appointments}
      where ${appointments.personId} = ${sql.raw('"users"."person_id"')}
        and ${appointments.startsOn} <= ${day}
        and (${appointments.endsOn} is null or ${appointments.endsOn} >= ${day})
    ), '[]'::json)`,
    counselling: sql<DesignationJson[]>`coalesce((
      select json_agg(json_build_object(
        'countryId', ${stressCounsellors.countryId},
        'organizationId', ${stressCounsellors.organizationId}))
      from ${stressCounsellors}
      where ${stressCounsellors.personId} = ${sql.raw('"users"."person_id"')}
        and ${stressCounsellors.startsOn} <= ${day}
        and (${stressCounsellors.endsOn} is null or ${stressCounsellors.endsOn} >= ${day})
    ), '[]'::json)`,
  };
}

type DesignationJson = { countryId: string; organizationId: string | null };

export type ActorRow = {
  id: string;
  email: string;
  isSystemAdmin: boolean;
  locale: string;
  disabled: boolean;
  personId: string | null;
  homeCountryId: string | null;
  areaId: string | null;
  zoneId: string | null;
  organizationId: string | null;
  appointments: AppointmentJson[] | string;
  /** Stress-counsellor designations in force today. */
  counselling?: DesignationJson[] | string;
};

/** Loads the user, their person record and the appointments in force today, in one query. */
export async function loadActor(db: Executor, userId: string): Promise<RequestActor | null> {
  const [row] = await db
    .select(actorColumns(today()))
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(users.id, userId));
  return row ? toActor(row) : null;
}

/**
 * `actor`, frozen with everything it holds: an actor served to many requests (a session
 * resolved lately) cannot be changed by one of them.
 */
export function frozenActor<T extends RequestActor>(actor: T): T {
  for (const list of [actor.appointments, actor.designations ?? []]) {
    for (const item of list) Object.freeze(item);
    Object.freeze(list);
  }
  if (actor.selfKeys) Object.freeze(actor.selfKeys);
  if (actor.session) Object.freeze(actor.session);
  return Object.freeze(actor);
}

/** The actor of a row selected with `actorColumns`; null when the user is disabled. */
export function toActor(row: ActorRow): RequestActor | null {
  if (row.disabled) return null;
  const held: AppointmentJson[] =
    typeof row.appointments === 'string'
      ? (JSON.parse(row.appointments) as AppointmentJson[])
      : row.appointments;
  const active: ActorAppointment[] = held.flatMap((a) =>
    isAppointmentRole(a.role)
      ? [
          {
            role: a.role,
            countryId: a.countryId,
            areaId: a.areaId,
            zoneId: a.zoneId,
            organizationId: a.organizationId,
          },
        ]
      : [],
  );
  const counselling: DesignationJson[] =
    typeof row.counselling === 'string'
      ? (JSON.parse(row.counselling) as DesignationJson[])
      : (row.counselling ?? []);
  const designations: ActorDesignation[] = counselling.map((d) => ({
    kind: 'COUNSELLOR',
    countryId: d.countryId,
    organizationId: d.organizationId,
  }));
  return {
    userId: row.id,
    email: row.email,
    label: row.email,
    locale: isLocale(row.locale) ? row.locale : 'en',
    personId: row.personId,
    isSystemAdmin: row.isSystemAdmin,
    homeCountryId: row.homeCountryId ?? null,
    appointments: active,
    designations,
    selfKeys: row.homeCountryId
      ? {
          countryId: row.homeCountryId,
          areaId: row.areaId,
          zoneId: row.zoneId,
          organizationId: row.organizationId,
        }
      : undefined,
  };
}
