import { isAppointmentRole, type Actor, type ActorAppointment } from '@fieldsafe/core';
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { appointments, people, users } from '../db/schema/index.ts';
import type { AuditActor } from '../audit/audit.service.ts';

export type Locale = 'en' | 'fr';

/** The signed-in user as every service sees it: the policy's actor plus who to name in the audit. */
export interface RequestActor extends Actor, AuditActor {
  userId: string;
  email: string;
  locale: Locale;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Loads the user, their person record and the appointments in force today. */
export async function loadActor(db: Executor, userId: string): Promise<RequestActor | null> {
  const [row] = await db
    .select({
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
    })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(users.id, userId));
  if (!row || row.disabled) return null;
  const day = today();
  const held = row.personId
    ? await db
        .select()
        .from(appointments)
        .where(
          and(
            eq(appointments.personId, row.personId),
            lte(appointments.startsOn, day),
            or(isNull(appointments.endsOn), gte(appointments.endsOn, day)),
          ),
        )
    : [];
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
  return {
    userId: row.id,
    email: row.email,
    label: row.email,
    locale: row.locale === 'fr' ? 'fr' : 'en',
    personId: row.personId,
    isSystemAdmin: row.isSystemAdmin,
    homeCountryId: row.homeCountryId ?? null,
    appointments: active,
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
