import { and, desc, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { RequestActor } from '../access/actor.ts';
import { today } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { notifications, travelLegs, users } from '../db/schema/index.ts';
import { isLocale, LOCALES, type Locale } from '@fieldsafe/core';
import { notFound } from '../http/errors.ts';
import type { NotificationFilter } from './notification.schema.ts';

export interface NotificationMessage {
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  /** What caused it, e.g. `advisory:<id>`: a person is told once per cause. */
  cause: string;
  countryId?: string | null;
  /** The title in each recipient's own language (their profile); `title` when absent. */
  titleIn?: (locale: Locale) => string;
}

/** Each person's language (from their user profile; English when they have no account). */
async function localesOf(tx: Executor, personIds: readonly string[]): Promise<Map<string, Locale>> {
  const out = new Map<string, Locale>();
  if (!personIds.length) return out;
  const rows = await tx
    .select({ personId: users.personId, locale: users.locale })
    .from(users)
    .where(inArray(users.personId, [...personIds]));
  for (const r of rows) if (r.personId && isLocale(r.locale)) out.set(r.personId, r.locale);
  return out;
}

/**
 * Sends an in-app notification to each person, once per (person, cause): calling it again for
 * the same cause changes nothing. Returns how many were new.
 */
export async function notifyPeople(
  tx: Executor,
  personIds: readonly string[],
  message: NotificationMessage,
): Promise<number> {
  const unique = [...new Set(personIds)];
  const locales = message.titleIn ? await localesOf(tx, unique) : new Map<string, Locale>();
  const titles = new Map<Locale, string>();
  const titleOf = (personId: string) => {
    if (!message.titleIn) return message.title;
    const l = locales.get(personId) ?? 'en';
    let t = titles.get(l);
    if (t === undefined) {
      t = message.titleIn(l);
      titles.set(l, t);
    }
    return t;
  };
  let created = 0;
  for (let i = 0; i < unique.length; i += 1000) {
    const rows = await tx
      .insert(notifications)
      .values(
        unique.slice(i, i + 1000).map((personId) => ({
          personId,
          countryId: message.countryId ?? null,
          kind: message.kind,
          title: titleOf(personId),
          body: message.body,
          link: message.link ?? null,
          cause: message.cause,
        })),
      )
      .onConflictDoNothing({ target: [notifications.personId, notifications.cause] })
      .returning({ id: notifications.id });
    created += rows.length;
  }
  return created;
}

/**
 * `notifyPeople` for the people a query selects (one column, the person id), in one statement
 * instead of a read and a write: for hot paths such as incident reports.
 */
export function notifySelectedSql(personIds: SQLWrapper, message: NotificationMessage): SQL {
  // The title in each recipient's language, chosen in SQL from their profile (English otherwise).
  const { titleIn } = message;
  const title = titleIn
    ? sql`case (select u.locale from ${users} u where u.person_id = p.person_id limit 1) ${sql.join(
        LOCALES.map((l) => sql`when ${l} then ${titleIn(l)}`),
        sql` `,
      )} else ${titleIn('en')} end`
    : sql`${message.title}`;
  return sql`
    insert into ${notifications} (person_id, country_id, kind, title, body, link, cause)
    select p.person_id, ${message.countryId ?? null}::uuid, ${message.kind}, ${title},
           ${message.body}, ${message.link ?? null}, ${message.cause}
      from (select distinct person_id from (${personIds}) as s(person_id)) as p
    on conflict (person_id, cause) do nothing`;
}

/** Runs `notifySelectedSql`. */
export async function notifySelected(
  tx: Executor,
  personIds: SQLWrapper,
  message: NotificationMessage,
): Promise<void> {
  await tx.execute(notifySelectedSql(personIds, message));
}

/** A place: an area, or one duty station of it. */
export interface TravelLocation {
  countryId: string;
  areaId: string;
  dutyStationId?: string | null;
}

/**
 * The people travelling to, or staying at, a place on or after `onDate` (requests pending or
 * approved). For a duty station: legs to it and legs to its area as a whole.
 */
export function travellersAtQuery(
  ex: Executor,
  location: TravelLocation,
  onDate: string = today(),
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

/** The ids of `travellersAtQuery`. */
export async function travellersAt(
  ex: Executor,
  location: TravelLocation,
  onDate: string = today(),
): Promise<string[]> {
  const rows = await travellersAtQuery(ex, location, onDate);
  return rows.map((r) => r.personId);
}

/**
 * Tells every traveller currently at or bound for a place (incidents, advisories). Idempotent
 * on (person, cause). Returns how many people were newly notified.
 */
export async function notifyTravellersAt(
  tx: Executor,
  location: TravelLocation,
  cause: string,
  message: Omit<NotificationMessage, 'cause' | 'countryId'>,
): Promise<number> {
  const personIds = await travellersAt(tx, location);
  return notifyPeople(tx, personIds, { ...message, cause, countryId: location.countryId });
}

export function createNotificationService(db: Db) {
  const own = (personId: string) => eq(notifications.personId, personId);

  async function unread(actor: RequestActor): Promise<number> {
    if (!actor.personId) return 0;
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(own(actor.personId), isNull(notifications.readAt)));
    return Number(row?.n ?? 0);
  }

  return {
    unread,

    /** My notifications, newest first, a page at a time, and how many are unread. */
    async mine(
      actor: RequestActor,
      f: NotificationFilter = { page: 1, pageSize: 20, unread: false },
    ) {
      const empty = { items: [], unread: 0, page: f.page, pageSize: f.pageSize, total: 0 };
      if (!actor.personId) return empty;
      const where = and(own(actor.personId), f.unread ? isNull(notifications.readAt) : undefined);
      const [items, [total], n] = await Promise.all([
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
        unread(actor),
      ]);
      return { items, unread: n, page: f.page, pageSize: f.pageSize, total: Number(total?.n ?? 0) };
    },

    async markRead(actor: RequestActor, id: string) {
      if (!actor.personId) throw notFound('Notification');
      const [row] = await db
        .update(notifications)
        .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
        .where(and(eq(notifications.id, id), own(actor.personId)))
        .returning();
      if (!row) throw notFound('Notification');
      return row;
    },

    /** Marks every unread notification of mine read; how many were. */
    async markAllRead(actor: RequestActor): Promise<number> {
      if (!actor.personId) return 0;
      const rows = await db
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(and(own(actor.personId), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return rows.length;
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
