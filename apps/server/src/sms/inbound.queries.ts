import { sql } from 'drizzle-orm';
import { rowsOf, type Db, type Executor, type Tx } from '../db/client.ts';
import {
  auditLog,
  checkinSchedules,
  outboundMessages,
  smsInbound,
  smsPendingChoices,
  type SmsOption,
} from '../db/schema/index.ts';

export type { SmsOption };

// The statements of inbound SMS: storing received messages, the worker's batch (look-up, then
// one statement for the usual batch of answers) and its bookkeeping. The rules are in
// inbound.decide.ts, the batch flow in inbound.apply.ts, the webhook and worker in
// inbound.service.ts.

/** The help text is sent to a number at most once in this many minutes (no loops with robots). */
const HELP_QUIET_MINUTES = 60;

const pgArray = (items: readonly string[]) =>
  `{${items.map((s) => `"${s.replace(/["\\]/g, '')}"`).join(',')}}`;

export interface SenderRow {
  phone: string;
  personId: string;
  givenName: string;
  familyName: string;
  countryId: string;
  locale: string;
  crisisId: string | null;
  title: string | null;
}

export interface PendingRow {
  phone: string;
  status: 'safe' | 'need_help';
  note: string | null;
  language: string;
  options: SmsOption[] | string;
}

export interface SendersFound {
  /** The people with these numbers, once per open enrolment (or once, with none). */
  people: SenderRow[];
  /** The shared-phone questions still waiting for an answer. */
  pending: PendingRow[];
  /** Numbers sent the help text recently. */
  helped: { from_number: string }[];
  /** The scheduled check-ins running now of the people with these numbers. */
  schedules: { id: string; personId: string; label: string }[];
}

/**
 * One round trip on one connection: the people with these numbers and their open enrolments,
 * the pending shared-phone questions, the numbers recently sent the help text, and the
 * scheduled check-ins running now.
 */
export async function findSenders(db: Executor, phones: string[]): Promise<SendersFound> {
  const list = pgArray(phones);
  const rows = await rowsOf<Record<'people' | 'pending' | 'helped' | 'schedules', unknown>>(
    db,
    sql`
    select
      (select coalesce(json_agg(t order by t.phone, t."familyName", t."givenName", t."personId",
                                t."declaredAt"), '[]')
         from (select p.phone, p.id as "personId", p.given_name as "givenName",
                      p.family_name as "familyName", p.country_id as "countryId",
                      coalesce(u.locale, 'en') as locale, c.id as "crisisId", c.title,
                      c.declared_at as "declaredAt"
                 from people p
                 left join lateral (select locale from users where users.person_id = p.id limit 1) u
                   on true
                 left join crisis_people cp on cp.person_id = p.id
                 left join crises c on c.id = cp.crisis_id and c.status = 'active'
                where p.phone = any(${list}::text[])) t) as people,
      (select coalesce(json_agg(t), '[]')
         from (select phone, status, note, language, options from ${smsPendingChoices}
                where phone = any(${list}::text[]) and expires_at > now()) t) as pending,
      (select coalesce(json_agg(t), '[]')
         from (select distinct from_number from ${smsInbound}
                where from_number = any(${list}::text[]) and outcome = 'unparsed'
                  and received_at > now() - make_interval(mins => ${HELP_QUIET_MINUTES})) t)
        as helped,
      (select coalesce(json_agg(t), '[]')
         from (select s.id, s.person_id as "personId", s.label from ${checkinSchedules} s
                 join people p on p.id = s.person_id
                where p.phone = any(${list}::text[]) and s.status = 'active'
                  and s.starts_at <= now() and s.ends_at >= now()) t) as schedules`,
  );
  const first = rows[0]!;
  const json = <T>(v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as T[];
  return {
    people: json<SenderRow>(first.people),
    pending: json<PendingRow>(first.pending),
    helped: json<{ from_number: string }>(first.helped),
    schedules: json<{ id: string; personId: string; label: string }>(first.schedules),
  };
}

/** The outcome of a decided message, as written on its stored row. */
export interface OutcomeRow {
  id: string;
  fromNumber: string;
  outcome: string;
  status: string | null;
  people: string[] | null;
}

/** An answer to record: a person's enrolment in a crisis, for a stored message. */
export interface AnswerWrite {
  i: number;
  inbound: string;
  crisisId: string;
  personId: string;
  status: string | null;
  note: string | null;
  at: string;
}

/** A reply to a stored message, for the queue. */
export interface ReplyWrite {
  inbound: string;
  personId: string;
  address: string;
  locale: string;
  text: string;
}

/** A stored message's audit row. */
export interface InboundAudit {
  id: string;
  at: string;
  countryId: string | null;
  after: unknown;
}

/**
 * Writes a batch of decided messages in ONE statement (data-modifying CTEs, atomic): the stored
 * messages' outcomes (a message already applied updates nothing, and nothing else of it is
 * written), the answers through the same update as the check-in write path (the crisis must be
 * active), their audit rows, the replies on the queue and the messages' own audit rows. Returns
 * `i` rows (the id of each message whose outcome was set) and `u` rows (the message of each
 * answer recorded).
 */
export async function writeAnswersStatement(
  db: Executor,
  actorLabel: string,
  rows: readonly OutcomeRow[],
  writes: readonly AnswerWrite[],
  replies: readonly ReplyWrite[],
  audits: readonly InboundAudit[],
) {
  return rowsOf<{ k: string; v: string }>(
    db,
    sql`
    with ins as (${markApplied(rows)}), x as (
      select w.* from jsonb_to_recordset(${JSON.stringify(writes)}::jsonb) as w(
          i int, inbound uuid, "crisisId" uuid, "personId" uuid, status text, note text,
          at timestamptz)
       where w.inbound in (select id from ins)
    ), c as (
      select id, country_id, status from crises where id in (select "crisisId" from x)
    ), u as (
      update crisis_people cp
         set status = x.status, note = x.note, latitude = null, longitude = null,
             answered_via = 'sms', answered_at = x.at, marked_by = null, updated_at = x.at
        from x join c on c.id = x."crisisId" and c.status = 'active'
       where cp.crisis_id = x."crisisId" and cp.person_id = x."personId"
      returning x.i, x.inbound, cp.status, cp.person_id, x.at, c.country_id
    ), a as (
      insert into ${auditLog}
        (at, actor_user_id, actor_label, action, entity, entity_id, country_id, before, after)
      select u.at, null, ${actorLabel}, 'crisis.checkin', 'crisis_person',
             u.person_id::text, u.country_id, null,
             jsonb_build_object('status', u.status, 'via', 'sms')
        from u order by u.i
    ), q as (
      insert into ${outboundMessages}
        (message_id, recipient_id, channel, address, locale, template, params)
      select 'sms:' || r.inbound, r."personId", 'sms', r.address, r.locale, 'sms.reply',
             jsonb_build_object('text', r.text)
        from jsonb_to_recordset(${JSON.stringify(replies)}::jsonb) as r(
          inbound uuid, "personId" uuid, address text, locale text, text text)
       where r.inbound in (select id from ins)
      on conflict do nothing
    ), l as (
      insert into ${auditLog}
        (at, actor_user_id, actor_label, action, entity, entity_id, country_id, before, after)
      select r.at, null, ${actorLabel}, 'sms.inbound', 'sms_inbound', r.id::text,
             r."countryId", null, r.after
        from jsonb_to_recordset(${JSON.stringify(audits)}::jsonb) as r(
          id uuid, at timestamptz, "countryId" uuid, after jsonb)
       where r.id in (select id from ins)
    )
    select 'i' as k, id::text as v from ins
    union all
    select 'u' as k, inbound::text as v from u`,
  );
}

/** Sets the outcome of stored messages still waiting; returns the ids it set. */
function markApplied(rows: readonly OutcomeRow[]) {
  return sql`
      update ${smsInbound} s
         set from_number = r."fromNumber", outcome = r.outcome, status = r.status,
             people = r.people, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
          id uuid, "fromNumber" text, outcome text, status text, people jsonb)
       where s.id = r.id and s.outcome = 'received'
      returning s.id`;
}

/** Sets the outcome of stored messages still waiting; returns the ids it set. */
export async function setOutcomes(tx: Tx, rows: readonly OutcomeRow[]) {
  return rowsOf<{ id: string }>(tx, markApplied(rows));
}

/** Records a check-in (by SMS) on scheduled check-ins. */
export async function answerSchedules(tx: Tx, ids: readonly string[], at: string) {
  await tx.execute(sql`
      update ${checkinSchedules} set last_checkin_at = ${at}::timestamptz, updated_at = now()
       where id = any(${pgArray(ids)}::uuid[])`);
}

/** Forgets the question a shared phone was asked. */
export async function clearPendingChoice(tx: Tx, phone: string) {
  await tx.execute(sql`delete from ${smsPendingChoices} where phone = ${phone}`);
}

/** Keeps (or replaces) the question a shared phone was asked: whom its answer is for. */
export async function putPendingChoice(
  tx: Tx,
  phone: string,
  pending: { status: string; note: string | null; language: string; options: SmsOption[] },
  expiresAt: Date,
) {
  await tx
    .insert(smsPendingChoices)
    .values({ phone, ...pending, expiresAt })
    .onConflictDoUpdate({
      target: smsPendingChoices.phone,
      set: { ...pending, expiresAt, createdAt: new Date() },
    });
}

/** Queues the replies and appends the audit rows, in one statement. */
export async function queueRepliesWithAudit(
  tx: Tx,
  replies: readonly ReplyWrite[],
  audit: (typeof auditLog.$inferInsert)[],
) {
  const queueReplies = replies.length
    ? tx
        .insert(outboundMessages)
        .values(
          replies.map((r) => ({
            messageId: `sms:${r.inbound}`,
            recipientId: r.personId,
            channel: 'sms',
            address: r.address,
            locale: r.locale,
            template: 'sms.reply',
            params: { text: r.text },
          })),
        )
        .onConflictDoNothing()
    : null;
  const log = tx.insert(auditLog).values(audit);
  await tx.execute(
    queueReplies ? sql`with q as (${queueReplies.getSQL()}) ${log.getSQL()}` : log.getSQL(),
  );
}

// ---- The webhook's store and the worker ----

/** A received message to store. */
export interface ReceivedRow {
  n: number;
  id: string;
  gatewayMessageId: string | null;
  gateway: string;
  from: string;
  text: string;
  receivedAt: string;
}

/** Stores received messages (a replayed gateway id is skipped); returns the ids stored. */
export async function storeReceived(db: Db, rows: readonly ReceivedRow[]) {
  return rowsOf<{ id: string }>(
    db,
    sql`
    insert into ${smsInbound}
      (id, gateway_message_id, gateway, from_number, text, received_at)
    select r.id, r."gatewayMessageId", r.gateway, r."from", r.text, r."receivedAt"
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
        n int, id uuid, "gatewayMessageId" text, gateway text, "from" text, text text,
        "receivedAt" timestamptz)
     order by r.n
    on conflict (gateway_message_id) do nothing
    returning id`,
  );
}

/** Key of the advisory lock held by the worker applying stored messages (one at a time). */
const WORKER_LOCK_KEY = 4_611_686_018_427_388_021n;

/** Takes the worker's lock until the transaction ends; false when another worker holds it. */
export async function takeWorkerLock(tx: Tx): Promise<boolean> {
  const lock = await rowsOf<{ ok: boolean }>(
    tx,
    sql`select pg_try_advisory_xact_lock(${WORKER_LOCK_KEY}) as ok`,
  );
  return Boolean(lock[0]?.ok);
}

export interface StoredRow {
  id: string;
  gateway: 'generic' | 'twilio';
  from_number: string;
  text: string;
  received_at: string | Date;
  gateway_message_id: string | null;
}

/** The stored messages still waiting, in order of arrival. */
export async function waitingMessages(tx: Tx, limit: number) {
  return rowsOf<StoredRow>(
    tx,
    sql`
    select id, gateway, from_number, text, received_at, gateway_message_id from ${smsInbound}
     where outcome = 'received' order by seq limit ${limit}`,
  );
}

/** Marks a stored message that cannot be applied. */
export async function markFailed(db: Db, id: string) {
  await db.execute(
    sql`update ${smsInbound} set outcome = 'failed', updated_at = now()
         where id = ${id} and outcome = 'received'`,
  );
}

/** The outcomes of those of these stored messages already applied. */
export async function appliedOutcomes<O extends string>(db: Db, ids: readonly string[]) {
  return rowsOf<{ id: string; outcome: O; people: string[] | null }>(
    db,
    sql`
    select id, outcome, people from ${smsInbound}
     where id = any(${pgArray(ids)}::uuid[]) and outcome <> 'received'`,
  );
}
