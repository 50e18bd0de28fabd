import { LOCALES, type Locale } from '@fieldsafe/core';
import { and, desc, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { today } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { insertRowsSql } from '../db/prepared.ts';
import { notifications, travelLegs, users } from '../db/schema/index.ts';
import type { NotificationFilter } from './notification.schema.ts';

export type NewNotification = typeof notifications.$inferInsert;

const own = (personId: string) => eq(notifications.personId, personId);

/**
 * Adds notifications; a (person, cause) already told is skipped. The rows travel as one JSON
 * parameter: the delivery worker writes a round's in-app messages at once, and drizzle's
 * `values()` spent more time building the statement than PostgreSQL running it.
 */
export async function insertNotifications(ex: Executor, rows: readonly NewNotification[]) {
  if (rows.length === 0) return;
  await ex.execute(
    sql`${insertRowsSql(notifications, rows)} on conflict (person_id, cause) do nothing`,
  );
}

/** The same text in each of the six languages. */
export type PerLocale = Record<Locale, string>;

/** `case <locale> when 'fr' then … else <English> end`: a recipient's text chosen in SQL. */
export function inLocale(locale: SQL, texts: Record<Locale, string | SQLWrapper>): SQL {
  // Always the whole choice, even when the six texts are the same: the text of a statement then
  // depends on its shape only, not on its values (see `statementTemplate`).
  return sql`case ${locale} ${sql.join(
    LOCALES.filter((l) => l !== 'en').map((l) => sql`when ${l} then ${texts[l]}`),
    sql` `,
  )} else ${texts.en} end`;
}

/**
 * One notification for each person a query selects (one column, the person id), in their own
 * language (their profile; English otherwise): a single INSERT … SELECT, idempotent on
 * (person, cause), that a hot path can run as a step of a larger statement.
 */
export function insertNotificationsSql(
  personIds: SQLWrapper,
  n: {
    kind: string;
    /** Texts, or placeholders of them (a statement built once per shape). */
    title: Record<Locale, string | SQLWrapper>;
    body: Record<Locale, string | SQLWrapper>;
    link: string | SQLWrapper | null;
    cause: string | SQLWrapper;
    countryId: string | SQLWrapper | null;
  },
): SQL {
  const locale = sql`u.locale`;
  return sql`
    insert into ${notifications} (person_id, country_id, kind, title, body, link, cause)
    select p.person_id, ${n.countryId}::uuid, ${n.kind}, ${inLocale(locale, n.title)},
           ${inLocale(locale, n.body)}, ${n.link}, ${n.cause}
      from (select distinct person_id from (${personIds}) as s(person_id)) as p
      left join lateral (
        select ${users.locale} as locale from ${users} where ${users.personId} = p.person_id limit 1
      ) u on true
    on conflict (person_id, cause) do nothing`;
}

export async function countUnread(db: Db, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(own(personId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** A person's notifications, newest first, one page; and how many the filter matches. */
export async function listNotifications(db: Db, personId: string, f: NotificationFilter) {
  const where = and(own(personId), f.unread ? isNull(notifications.readAt) : undefined);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

/** Marks one of a person's notifications read (kept at its first reading); undefined if not theirs. */
export async function markNotificationRead(db: Db, personId: string, id: string) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), own(personId)))
    .returning();
  return row;
}

/** Marks every unread notification of a person read; how many were. */
export async function markAllNotificationsRead(db: Db, personId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(own(personId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** A person's wish to receive the notices that are not urgent by e-mail and SMS too. */
export interface NotificationPreferences {
  email: boolean;
  sms: boolean;
}

export async function findPreferences(
  ex: Executor,
  personId: string,
): Promise<NotificationPreferences> {
  const [row] = await ex
    .select({ email: users.notifyEmail, sms: users.notifySms })
    .from(users)
    .where(eq(users.personId, personId))
    .limit(1);
  return row ?? { email: false, sms: false };
}

export async function updatePreferences(
  ex: Executor,
  personId: string,
  p: NotificationPreferences,
): Promise<NotificationPreferences | undefined> {
  const [row] = await ex
    .update(users)
    .set({ notifyEmail: p.email, notifySms: p.sms, updatedAt: new Date() })
    .where(eq(users.personId, personId))
    .returning({ email: users.notifyEmail, sms: users.notifySms });
  return row;
}

/** A place: an area, or one duty station of it (ids, or placeholders of them). */
export interface TravelLocation<V = string> {
  countryId: V;
  areaId: V;
  dutyStationId?: V | null;
}

/**
 * The people travelling to, or staying at, a place on or after `onDate` (requests pending or
 * approved). For a duty station: legs to it and legs to its area as a whole.
 */
export function travellersAtQuery(
  ex: Executor,
  location: TravelLocation<string | SQLWrapper>,
  onDate: string | SQLWrapper = today(),
) {
  const where = location.dutyStationId
    ? or(
        eq(travelLegs.dutyStationId, location.dutyStationId),
        and(eq(travelLegs.areaId, location.areaId), isNull(travelLegs.dutyStationId)),
      )
    : eq(travelLegs.areaId, location.areaId);
  return ex
    .selectDistinct({ personId: travelLegs.personId })
    .from(travelLegs)
    .where(
      and(
        where,
        sql`${travelLegs.departureOn} >= ${onDate}`,
        inArray(travelLegs.status, ['pending', 'approved']),
      ),
    );
}
