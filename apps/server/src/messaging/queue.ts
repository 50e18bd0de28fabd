import { LOCALES, type Locale } from '@fieldsafe/core';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { rowsOf, type Executor } from '../db/client.ts';
import { blockId, idBlock } from '../db/ordered-ids.ts';
import { outboundMessages, people, users } from '../db/schema/index.ts';
import { insertNotificationsSql, type PerLocale } from '../notifications/notification.queries.ts';
import { NOTICES, type NoticeKind, type NoticeName } from './notices.ts';
import type { TemplateName } from './templates.ts';

export const CHANNELS = ['in_app', 'email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Outgoing {
  /** The logical message (one per broadcast, crisis check-in …). */
  messageId: string;
  template: TemplateName;
  countryId?: string | null;
  channels: readonly Channel[];
  /**
   * The message id was made in the caller's transaction (a crisis just declared), so no row of
   * it can exist: rows are inserted without the conflict check that makes enqueueing idempotent
   * (a fifth of queueing a 60,000-row fan-out). A duplicate would fail the transaction.
   */
  fresh?: boolean;
}

/** Per-recipient parameters, merged over the message's own. */
export interface Recipient {
  personId: string;
  params: Record<string, unknown>;
}

/** Recipients per statement: one JSON parameter each, a few MB at most. */
const BATCH = 10_000;

/**
 * Recipients chosen by a query (one column, the person id) who all get the same parameters:
 * queued in one statement with no list passing through the server (a crisis's 20,000 people).
 */
export interface RecipientQuery {
  people: SQLWrapper;
  params: Record<string, unknown>;
}

/**
 * Puts a message to each recipient on each channel they can be reached by (an e-mail address for
 * e-mail, a phone for SMS). Idempotent: enqueueing the same message again adds nothing.
 * Returns how many rows were new.
 *
 * Recipients given as a list travel as one JSON parameter per 10,000 and the database joins them
 * with their contacts; recipients given as a query are selected by the statement itself.
 */
export async function enqueue(
  tx: Executor,
  message: Outgoing,
  recipients: readonly Recipient[] | RecipientQuery,
): Promise<number> {
  const channels = CHANNELS.filter((c) => message.channels.includes(c));
  if (channels.length === 0) return 0;
  if (!Array.isArray(recipients)) {
    const { people: ids, params } = recipients as RecipientQuery;
    // The rows are sorted before they are inserted (see `blockId`): 60,000 of them spilled the
    // sort to disk under the default 4 MB. For this transaction only.
    await tx.execute(sql`set local work_mem = '64MB'`);
    // The parameters are the same for everyone: given once to the insert, not carried with
    // each recipient through the materialized list (which then spilled to disk at 20,000).
    return insertOutbound(
      tx,
      message,
      channels,
      sql`select q.p, null::jsonb as a from (${ids}) as q(p)`,
      sql`${JSON.stringify(params)}::jsonb`,
    );
  }
  let created = 0;
  for (let i = 0; i < recipients.length; i += BATCH) {
    const batch = recipients.slice(i, i + BATCH).map((r) => ({ p: r.personId, a: r.params }));
    created += await insertOutbound(
      tx,
      message,
      channels,
      sql`select x.p, x.a from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(p uuid, a jsonb)`,
    );
  }
  return created;
}

/**
 * The queue rows of `source`'s recipients (columns p: person id, a: their parameters), or with
 * `sameParams` for all of them.
 */
async function insertOutbound(
  tx: Executor,
  message: Outgoing,
  channels: readonly Channel[],
  source: SQL,
  sameParams?: SQL,
): Promise<number> {
  const rows = await rowsOf<{ n: number }>(
    tx,
    sql`
      with k as materialized (${idBlock}), r as materialized (
        select p.id, p.email, p.phone, x.a,
               case when u.locale in ('ar', 'en', 'es', 'fr', 'ru', 'zh') then u.locale else 'en' end as locale
          from (${source}) as x
          join ${people} p on p.id = x.p
          left join lateral (
            select ${users.locale} as locale from ${users} where ${users.personId} = p.id limit 1
          ) u on true
      ), ins as (
        -- Channel by channel, recipients in order: the unique key's entries go in in key order
        -- on each pass, and the delivery worker, which claims rows in insertion order, gets
        -- rounds of one channel (in-app notifications written a hundred at a time). Rounds of
        -- mixed channels cost PostgreSQL 0.155 to 0.193 ms a message against 0.113 to 0.123.
        insert into ${outboundMessages}
          (id, message_id, recipient_id, country_id, channel, address, locale, template, params)
        select ${blockId('k', 'ch.n, r.id')}, ${message.messageId}, r.id, ${message.countryId ?? null}::uuid, ch.channel,
               case ch.channel when 'email' then r.email when 'sms' then r.phone end,
               r.locale, ${message.template}, ${sameParams ?? sql`r.a`}
          from r
          cross join unnest(string_to_array(${channels.join(',')}, ',')) with ordinality as ch(channel, n)
          cross join k
         where ch.channel = 'in_app'
            or (ch.channel = 'email' and coalesce(r.email, '') <> '')
            or (ch.channel = 'sms' and coalesce(r.phone, '') <> '')
        ${message.fresh ? sql`` : sql`on conflict (message_id, recipient_id, channel) do nothing`}
        returning 1
      )
      select count(*)::int as n from ins`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** A notice about a record (see notices.ts): one text for every recipient, in their language. */
export interface Notice {
  name: NoticeName;
  /** The template's parameters (the same for every recipient). */
  params: Record<string, string | number | null>;
  /**
   * What caused it, e.g. `advisory:<id>`: a person is told once per cause (also the queue's
   * message id for its e-mails and SMS).
   */
  cause: string;
  /** The record it is about, an app path (`/incidents/…`). */
  link?: string | null;
  countryId?: string | null;
}

/** Who is told: their ids, or a query selecting them (one column, the person id). */
export type NoticeRecipients = readonly string[] | SQLWrapper;

const recipientsSql = (to: NoticeRecipients): SQLWrapper =>
  Array.isArray(to)
    ? sql`select (jsonb_array_elements_text(${JSON.stringify(to)}::jsonb))::uuid`
    : (to as SQLWrapper);

/**
 * `enqueue` for a notice, as statements that a hot path can run as steps of one larger
 * statement (an incident report is one round trip): the in-app notification of each recipient,
 * written at once in their language, and their e-mails and SMS on the durable queue for the
 * delivery worker — urgent kinds to everyone with an address or phone, the others to those who
 * asked for them (`users.notify_email` / `notify_sms`). Set-based: no round trip per recipient.
 */
export function enqueueNoticeSql(to: NoticeRecipients, notice: Notice): SQL[] {
  return noticeSql(to, notice.name, noticeValues(notice));
}

/**
 * What a notice's statements carry: its texts in every language and the queue's parameters.
 * Strings, or placeholders (`sql.placeholder`) in a statement built once per shape and filled
 * with `noticeValues` on each call.
 */
export interface NoticeValues<V = string> {
  title: Record<Locale, V>;
  body: Record<Locale, V>;
  link: V | null;
  cause: V;
  countryId: V | null;
  /** The queued e-mails' and SMS's template parameters, as JSON. */
  params: V;
}

/** The values of a notice's statements (see `noticeSql`). */
export function noticeValues(notice: Notice): NoticeValues {
  const kind: NoticeKind = NOTICES[notice.name];
  const texts = (f: (l: Locale) => string) =>
    Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as PerLocale;
  const link = notice.link ?? null;
  return {
    title: texts((l) => kind.title(l, notice.params)),
    body: texts((l) => kind.body(l, notice.params)),
    link,
    cause: notice.cause,
    countryId: notice.countryId ?? null,
    params: JSON.stringify({ ...notice.params, path: link }),
  };
}

/** `enqueueNoticeSql` of a notice's values (strings or placeholders, see `NoticeValues`). */
export function noticeSql(
  to: NoticeRecipients,
  name: NoticeName,
  v: NoticeValues<string | SQLWrapper>,
): SQL[] {
  const personIds = recipientsSql(to);
  const inApp = insertNotificationsSql(personIds, {
    kind: NOTICES[name].kind,
    title: v.title,
    body: v.body,
    link: v.link,
    cause: v.cause,
    countryId: v.countryId,
  });
  const urgent = sql.raw(NOTICES[name].urgent ? 'true' : 'false');
  const outbound = sql`
    insert into ${outboundMessages}
      (message_id, recipient_id, country_id, channel, address, locale, template, params)
    select ${v.cause}, p.id, ${v.countryId}::uuid, ch.channel,
           case ch.channel when 'email' then p.email else p.phone end,
           case when u.locale in ('ar', 'en', 'es', 'fr', 'ru', 'zh') then u.locale else 'en' end,
           ${name}, ${v.params}::jsonb
      from (select distinct person_id from (${personIds}) as s(person_id)) as s
      join ${people} p on p.id = s.person_id
      left join lateral (
        select u.locale, u.notify_email, u.notify_sms from ${users} u
         where u.person_id = p.id limit 1
      ) u on true
      cross join (values ('email'), ('sms')) as ch(channel)
     where (ch.channel = 'email' and coalesce(p.email, '') <> ''
            and (${urgent} or coalesce(u.notify_email, false)))
        or (ch.channel = 'sms' and coalesce(p.phone, '') <> ''
            and (${urgent} or coalesce(u.notify_sms, false)))
    on conflict (message_id, recipient_id, channel) do nothing`;
  return [inApp, outbound];
}

/**
 * Sends a notice to people (see `enqueueNoticeSql`), in the caller's transaction. Idempotent on
 * (person, cause). Returns how many people were newly notified in the app.
 */
export async function enqueueNotice(
  tx: Executor,
  to: NoticeRecipients,
  notice: Notice,
): Promise<number> {
  if (Array.isArray(to) && to.length === 0) return 0;
  const [inApp, outbound] = enqueueNoticeSql(to, notice);
  const rows = await rowsOf<{ n: number }>(
    tx,
    sql`
    with n as (${inApp} returning 1), q as (${outbound} returning 1)
    select (select count(*)::int from n) as n`,
  );
  return Number(rows[0]?.n ?? 0);
}
