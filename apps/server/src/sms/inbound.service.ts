/**
 * Answers to a crisis check-in sent as SMS replies (SPEC §10 "Any phone"). A reply is read with
 * core's parser (en/fr/es/ar), matched to the sender's open crisis enrolments by their E.164
 * number and recorded through the check-in write path (`answered_via = 'sms'`), so the board
 * counts it exactly like a web answer. A shared (family) phone is asked who the answer is for; an
 * unknown number is logged and nothing else. Every reply to the sender goes on the durable queue.
 *
 * The webhook only stores a message (group commit) and answers; a worker applies the stored
 * messages in batches, a few set-based statements each: the gateway may post thousands of replies
 * a minute during a crisis, and must get its answer at once.
 */
import { randomUUID } from 'node:crypto';
import {
  choicesText,
  confirmationText,
  normalisePhone,
  nothingOpenText,
  parseReply,
  smsLanguage,
  whichPersonText,
  type SmsLanguage,
} from '@fieldsafe/core';
import { sql } from 'drizzle-orm';
import { auditRows, type AuditActor, type AuditEntry } from '../audit/audit.service.ts';
import type { Db, Executor, Tx } from '../db/client.ts';
import { writeCheckins, type CheckinWrite } from '../crisis/crisis.service.ts';
import {
  auditLog,
  checkinSchedules,
  outboundMessages,
  smsInbound,
  smsPendingChoices,
  type SmsOption,
} from '../db/schema/index.ts';

export interface InboundSms {
  gateway: 'generic' | 'twilio';
  /** The sender's number as the gateway gave it. */
  from: string;
  text: string;
  receivedAt: Date;
  /** The gateway's id of the message: a second message with the same id is a replay. */
  gatewayMessageId: string | null;
}

export type InboundOutcome =
  | 'received'
  | 'failed'
  | 'applied'
  | 'scheduled_checkin'
  | 'asked_which'
  | 'unparsed'
  | 'unknown_number'
  | 'nothing_open'
  | 'duplicate';

export interface InboundResult {
  id: string | null;
  outcome: InboundOutcome;
  /** How many crisis enrolments (or scheduled check-ins) the answer was recorded for. */
  recorded: number;
}

const SMS_ACTOR: AuditActor = { userId: null, label: 'inbound SMS' };

/** A shared phone's question waits this long for its answer. */
const CHOICE_HOURS = 24;
/** The help text is sent to a number at most once in this many minutes (no loops with robots). */
const HELP_QUIET_MINUTES = 60;
/** INSERTs of received messages in flight at once. */
const STORERS = 2;
/** Messages stored per INSERT, at most. */
const STORE_BATCH = 512;
/** Stored messages applied per transaction, at most. */
const APPLY_BATCH = 2000;
/**
 * During a burst the webhook comes first (a gateway that waits retries, and a retry is more load):
 * the worker starts once no message has been stored for QUIET_MS, or once the oldest waiting one
 * has waited `maxLagMs` (default MAX_LAG_MS), whichever is sooner — and at once when a caller
 * waits for the outcome. The board lags a burst by at most that much.
 */
const QUIET_MS = 150;
const MAX_LAG_MS = 5_000;

interface Known {
  personId: string;
  name: string;
  locale: string;
  /** Open (active crisis) enrolments of this person: crisis id → title. */
  open: Map<string, string>;
  /** Scheduled check-ins running now (travel, working alone): id → label. */
  schedules: Map<string, string>;
  countryId: string;
}

interface Pending {
  status: 'safe' | 'need_help';
  note: string | null;
  language: SmsLanguage;
  options: SmsOption[];
}

interface Lookup {
  /** E.164 number → the people who have it, in a stable order. */
  people: Map<string, Known[]>;
  pending: Map<string, Pending>;
  /** Numbers sent the help text recently. */
  helped: Set<string>;
}

/** What a message does, decided before anything is written. */
interface Decision {
  index: number;
  id: string;
  message: InboundSms;
  phone: string;
  outcome: InboundOutcome;
  status: 'safe' | 'need_help' | null;
  note: string | null;
  /** People the answer is recorded for. */
  people: Known[];
  /** Scheduled check-ins answered (no crisis open). */
  scheduleIds: string[];
  reply: { personId: string; locale: SmsLanguage; text: string } | null;
  pending: Pending | 'clear' | null;
}

const pgArray = (items: readonly string[]) =>
  `{${items.map((s) => `"${s.replace(/["\\]/g, '')}"`).join(',')}}`;

async function lookup(db: Executor, phones: string[]): Promise<Lookup> {
  const out: Lookup = { people: new Map(), pending: new Map(), helped: new Set() };
  if (phones.length === 0) return out;
  const list = pgArray(phones);
  // One round trip on one connection: the people with these numbers and their open enrolments,
  // the pending shared-phone questions, the numbers recently sent the help text, and the
  // scheduled check-ins running now.
  const result = (await db.execute(sql`
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
                  and s.starts_at <= now() and s.ends_at >= now()) t) as schedules`)) as unknown as {
    rows: Record<'people' | 'pending' | 'helped' | 'schedules', unknown>[];
  };
  const first = result.rows[0]!;
  const json = (v: unknown) => ({ rows: (typeof v === 'string' ? JSON.parse(v) : v) as never });
  const rowsResult = json(first.people);
  const pendingResult = json(first.pending);
  const helpedResult = json(first.helped);
  const schedulesResult = json(first.schedules);
  const rows = rowsResult as unknown as {
    rows: {
      phone: string;
      personId: string;
      givenName: string;
      familyName: string;
      countryId: string;
      locale: string;
      crisisId: string | null;
      title: string | null;
    }[];
  };
  for (const r of rows.rows) {
    let list = out.people.get(r.phone);
    if (!list) out.people.set(r.phone, (list = []));
    let person = list.find((k) => k.personId === r.personId);
    if (!person) {
      person = {
        personId: r.personId,
        name: `${r.givenName} ${r.familyName}`,
        locale: r.locale,
        open: new Map(),
        schedules: new Map(),
        countryId: r.countryId,
      };
      list.push(person);
    }
    if (r.crisisId && r.title !== null) person.open.set(r.crisisId, r.title);
  }
  const pending = pendingResult as unknown as {
    rows: {
      phone: string;
      status: 'safe' | 'need_help';
      note: string | null;
      language: string;
      options: SmsOption[] | string;
    }[];
  };
  for (const p of pending.rows)
    out.pending.set(p.phone, {
      status: p.status,
      note: p.note,
      language: smsLanguage(p.language),
      options: typeof p.options === 'string' ? (JSON.parse(p.options) as SmsOption[]) : p.options,
    });
  const helped = helpedResult as unknown as {
    rows: { from_number: string }[];
  };
  for (const h of helped.rows) out.helped.add(h.from_number);
  const schedules = schedulesResult as unknown as {
    rows: { id: string; personId: string; label: string }[];
  };
  for (const list of out.people.values())
    for (const k of list)
      for (const s of schedules.rows) if (s.personId === k.personId) k.schedules.set(s.id, s.label);
  return out;
}

/** The phone number a message came from, in E.164, or null when it is not one. */
export function senderNumber(from: string): string | null {
  const result = normalisePhone(from);
  return result.ok ? result.e164 : null;
}

function decide(index: number, id: string, message: InboundSms, found: Lookup): Decision {
  const phone = senderNumber(message.from);
  const base: Decision = {
    index,
    id,
    message,
    phone: phone ?? message.from.slice(0, 40),
    outcome: 'unknown_number',
    status: null,
    note: null,
    people: [],
    scheduleIds: [],
    reply: null,
    pending: null,
  };
  const known = phone ? found.people.get(phone) : undefined;
  if (!phone || !known || known.length === 0) return base;
  const open = known.filter((k) => k.open.size > 0);
  const pending = found.pending.get(phone);
  const parsed = parseReply(message.text, pending?.options.length ?? 0);
  const fallback = smsLanguage(known[0]!.locale);
  const replyTo = (open[0] ?? known[0]!).personId;
  const confirm = (
    lang: SmsLanguage,
    status: 'safe' | 'need_help',
    people: Known[],
  ): Decision['reply'] => {
    const titles = [...new Set(people.flatMap((p) => [...p.open.values()]))];
    return {
      personId: people[0]!.personId,
      locale: lang,
      text: confirmationText(
        lang,
        status,
        people.map((p) => p.name),
        titles.join('; '),
      ),
    };
  };

  if (parsed.kind === 'choice' && pending) {
    const picked =
      parsed.picks === 'all'
        ? pending.options
        : parsed.picks.map((n) => pending.options[n - 1]).filter((o) => o !== undefined);
    const people = open.filter((k) => picked.some((o) => o.personId === k.personId));
    if (people.length === 0)
      return {
        ...base,
        outcome: 'nothing_open',
        pending: 'clear',
        reply: {
          personId: replyTo,
          locale: pending.language,
          text: nothingOpenText(pending.language),
        },
      };
    return {
      ...base,
      outcome: 'applied',
      status: pending.status,
      note: pending.note,
      people,
      pending: 'clear',
      reply: confirm(pending.language, pending.status, people),
    };
  }
  if (parsed.kind === 'answer') {
    const lang = parsed.language ?? fallback;
    // No crisis open: a "safe" answers the scheduled check-ins running now (travel, working
    // alone). "Need help" is not read as one: the reply tells them to call their warden.
    const scheduled = known.filter((k) => k.schedules.size > 0);
    if (open.length === 0 && parsed.status === 'safe' && scheduled.length > 0)
      return {
        ...base,
        outcome: 'scheduled_checkin',
        status: 'safe',
        note: parsed.note,
        scheduleIds: scheduled.flatMap((k) => [...k.schedules.keys()]),
        reply: {
          personId: scheduled[0]!.personId,
          locale: lang,
          text: confirmationText(
            lang,
            'safe',
            scheduled.map((k) => k.name),
            scheduled.flatMap((k) => [...k.schedules.values()]).join('; '),
          ),
        },
      };
    if (open.length === 0)
      return {
        ...base,
        outcome: 'nothing_open',
        reply: { personId: replyTo, locale: lang, text: nothingOpenText(lang) },
      };
    if (open.length === 1)
      return {
        ...base,
        outcome: 'applied',
        status: parsed.status,
        note: parsed.note,
        people: open,
        pending: pending ? 'clear' : null,
        reply: confirm(lang, parsed.status, open),
      };
    const options = open.map((k) => ({ personId: k.personId, name: k.name }));
    return {
      ...base,
      outcome: 'asked_which',
      status: parsed.status,
      note: parsed.note,
      pending: { status: parsed.status, note: parsed.note, language: lang, options },
      reply: {
        personId: replyTo,
        locale: lang,
        text: whichPersonText(
          lang,
          parsed.status,
          options.map((o) => o.name),
        ),
      },
    };
  }
  const lang = (parsed.kind === 'unknown' ? parsed.language : null) ?? fallback;
  return {
    ...base,
    outcome: 'unparsed',
    reply: found.helped.has(phone)
      ? null
      : { personId: replyTo, locale: lang, text: choicesText(lang) },
  };
}

/**
 * Writes a batch of decided messages in ONE statement (data-modifying CTEs, atomic): the stored
 * messages' outcomes (a message already applied updates nothing, and nothing else of it is
 * written), the
 * answers through the same update as the check-in write path (the crisis must be active), their
 * audit rows, the replies on the queue and the messages' own audit rows.
 */
async function writeAnswers(
  db: Executor,
  decisions: readonly Decision[],
): Promise<InboundResult[]> {
  const at = new Date().toISOString();
  const rows = outcomeRows(decisions);
  let i = 0;
  const writes = decisions.flatMap((d) =>
    d.people.flatMap((p) =>
      [...p.open.keys()].map((crisisId) => ({
        i: i++,
        inbound: d.id,
        crisisId,
        personId: p.personId,
        status: d.status,
        note: d.note,
        at,
      })),
    ),
  );
  const replies = decisions.flatMap((d) =>
    d.reply
      ? [
          {
            inbound: d.id,
            personId: d.reply.personId,
            address: d.phone,
            locale: d.reply.locale,
            text: d.reply.text,
          },
        ]
      : [],
  );
  const audits = decisions.map((d) => ({
    id: d.id,
    at,
    countryId: d.people[0]?.countryId ?? null,
    after: {
      outcome: d.outcome,
      status: d.status,
      people: d.people.map((p) => p.personId),
      gatewayMessageId: d.message.gatewayMessageId,
    },
  }));
  const result = (await db.execute(sql`
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
      select u.at, null, ${SMS_ACTOR.label}, 'crisis.checkin', 'crisis_person',
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
      select r.at, null, ${SMS_ACTOR.label}, 'sms.inbound', 'sms_inbound', r.id::text,
             r."countryId", null, r.after
        from jsonb_to_recordset(${JSON.stringify(audits)}::jsonb) as r(
          id uuid, at timestamptz, "countryId" uuid, after jsonb)
       where r.id in (select id from ins)
    )
    select 'i' as k, id::text as v from ins
    union all
    select 'u' as k, inbound::text as v from u`)) as unknown as {
    rows: { k: string; v: string }[];
  };
  const inserted = new Set<string>();
  const recorded = new Map<string, number>();
  for (const r of result.rows)
    if (r.k === 'i') inserted.add(r.v);
    else recorded.set(r.v, (recorded.get(r.v) ?? 0) + 1);
  return decisions.map((d): InboundResult =>
    inserted.has(d.id)
      ? { id: d.id, outcome: d.outcome, recorded: recorded.get(d.id) ?? 0 }
      : { id: null, outcome: 'duplicate', recorded: 0 },
  );
}

/** The outcome of each decided message, as written on its stored row. */
function outcomeRows(decisions: readonly Decision[]) {
  return decisions.map((d) => ({
    id: d.id,
    fromNumber: d.phone,
    outcome: d.outcome,
    status: d.status,
    people: d.people.length ? d.people.map((p) => p.personId) : null,
  }));
}

/** Sets the outcome of stored messages still waiting; returns the ids it set. */
function markApplied(rows: ReturnType<typeof outcomeRows>) {
  return sql`
      update ${smsInbound} s
         set from_number = r."fromNumber", outcome = r.outcome, status = r.status,
             people = r.people, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
          id uuid, "fromNumber" text, outcome text, status text, people jsonb)
       where s.id = r.id and s.outcome = 'received'
      returning s.id`;
}

/**
 * Applies a batch of stored messages from distinct numbers, inside the worker's transaction: the
 * usual batch (answers only) in one statement, the rest (shared-phone questions, scheduled
 * check-ins) in a few.
 */
async function applyBatch(
  tx: Tx,
  batch: readonly { id: string; message: InboundSms }[],
): Promise<InboundResult[]> {
  const phones = [
    ...new Set(
      batch.map((m) => senderNumber(m.message.from)).filter((p): p is string => p !== null),
    ),
  ];
  const found = await lookup(tx, phones);
  const decisions = batch.map((m, i) => decide(i, m.id, m.message, found));
  if (decisions.every((d) => d.pending === null && d.scheduleIds.length === 0))
    return writeAnswers(tx, decisions);

  const marked = (await tx.execute(markApplied(outcomeRows(decisions)))) as unknown as {
    rows: { id: string }[];
  };
  const inserted = new Set(marked.rows.map((r) => r.id));
  const live = decisions.filter((d) => inserted.has(d.id));

  const writes: CheckinWrite[] = [];
  const at = new Date().toISOString();
  for (const d of live)
    for (const p of d.people)
      for (const crisisId of p.open.keys())
        writes.push({
          crisisId,
          personId: p.personId,
          status: d.status!,
          note: d.note,
          latitude: null,
          longitude: null,
          at,
          via: 'sms',
        });
  const written = writes.length ? await writeCheckins(tx, writes) : [];
  const recorded = new Map<string, number>();
  let w = 0;
  for (const d of live) {
    let n = 0;
    for (const p of d.people) for (const _ of p.open.keys()) if (written[w++]?.answered) n++;
    recorded.set(d.id, n);
  }

  const scheduleIds = live.flatMap((d) => d.scheduleIds);
  if (scheduleIds.length)
    await tx.execute(sql`
      update ${checkinSchedules} set last_checkin_at = ${at}::timestamptz, updated_at = now()
       where id = any(${pgArray(scheduleIds)}::uuid[])`);

  for (const d of live) {
    if (d.pending === 'clear')
      await tx.execute(sql`delete from ${smsPendingChoices} where phone = ${d.phone}`);
    else if (d.pending) {
      const expiresAt = new Date(Date.now() + CHOICE_HOURS * 3_600_000);
      await tx
        .insert(smsPendingChoices)
        .values({ phone: d.phone, ...d.pending, expiresAt })
        .onConflictDoUpdate({
          target: smsPendingChoices.phone,
          set: { ...d.pending, expiresAt, createdAt: new Date() },
        });
    }
  }

  const replies = live.filter((d) => d.reply);
  const queueReplies = replies.length
    ? tx
        .insert(outboundMessages)
        .values(
          replies.map((d) => ({
            messageId: `sms:${d.id}`,
            recipientId: d.reply!.personId,
            channel: 'sms',
            address: d.phone,
            locale: d.reply!.locale,
            template: 'sms.reply',
            params: { text: d.reply!.text },
          })),
        )
        .onConflictDoNothing()
    : null;

  const audit: AuditEntry[] = live.map((d) => ({
    action: 'sms.inbound',
    entity: 'sms_inbound',
    entityId: d.id,
    countryId: d.people[0]?.countryId ?? null,
    after: {
      outcome: d.outcome,
      status: d.status,
      people: d.people.map((p) => p.personId),
      ...(d.scheduleIds.length ? { scheduledCheckins: d.scheduleIds } : {}),
      gatewayMessageId: d.message.gatewayMessageId,
    },
  }));
  // The replies and the audit rows in one statement.
  if (audit.length) {
    const log = tx.insert(auditLog).values(auditRows(SMS_ACTOR, audit));
    await tx.execute(
      queueReplies ? sql`with q as (${queueReplies.getSQL()}) ${log.getSQL()}` : log.getSQL(),
    );
  }

  return decisions.map((d): InboundResult =>
    inserted.has(d.id)
      ? {
          id: d.id,
          outcome: d.outcome,
          recorded: (recorded.get(d.id) ?? 0) + d.scheduleIds.length,
        }
      : { id: null, outcome: 'duplicate', recorded: 0 },
  );
}

/** Key of the advisory lock held by the worker applying stored messages (one at a time). */
const WORKER_LOCK_KEY = 4_611_686_018_427_388_021n;

interface StoredRow {
  id: string;
  gateway: 'generic' | 'twilio';
  from_number: string;
  text: string;
  received_at: string | Date;
  gateway_message_id: string | null;
}

export interface SmsInboundOptions {
  /** How a message that cannot be applied is reported (it is then marked `failed`). */
  onError?: (error: unknown, id: string) => void;
  /** The longest a stored message waits for the worker during a burst (ms). */
  maxLagMs?: number;
  /** How often the worker looks for stored messages it was not told about (ms). */
  pollMs?: number;
}

/**
 * Inbound messages in two steps. The webhook stores each message as received — group commit: the
 * messages arriving while an INSERT is in flight go together into the next one, idempotent on the
 * gateway's message id — and answers at once. A worker then applies the stored messages in
 * batches, one transaction each, under an advisory lock (one worker across processes), in order
 * of arrival and never two from the same number in one batch (a family phone's answer and its
 * choice are read in order). A message stored but not yet applied when the process stops is
 * applied by the next worker to run.
 */
export function createSmsInboundService(db: Db, options: SmsInboundOptions = {}) {
  type Waiting = {
    row: { id: string; message: InboundSms };
    resolve(r: { id: string | null; stored: boolean }): void;
    reject(e: unknown): void;
  };
  let queue: Waiting[] = [];
  /** INSERTs in flight (two: one fills while the other commits). */
  let storing = 0;
  /** Callers waiting for the outcome of a stored message, by id. */
  const settled = new Map<string, (r: InboundResult) => void>();

  const store = async () => {
    if (storing >= STORERS) return;
    storing++;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, STORE_BATCH);
        queue = queue.slice(batch.length);
        try {
          const rows = batch.map((w, n) => ({
            n,
            id: w.row.id,
            gatewayMessageId: w.row.message.gatewayMessageId,
            gateway: w.row.message.gateway,
            from: w.row.message.from.trim().slice(0, 40),
            text: w.row.message.text.slice(0, 2000),
            receivedAt: w.row.message.receivedAt.toISOString(),
          }));
          const result = (await db.execute(sql`
            insert into ${smsInbound}
              (id, gateway_message_id, gateway, from_number, text, received_at)
            select r.id, r."gatewayMessageId", r.gateway, r."from", r.text, r."receivedAt"
              from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
                n int, id uuid, "gatewayMessageId" text, gateway text, "from" text, text text,
                "receivedAt" timestamptz)
             order by r.n
            on conflict (gateway_message_id) do nothing
            returning id`)) as unknown as { rows: { id: string }[] };
          const stored = new Set(result.rows.map((r) => r.id));
          for (const w of batch) {
            const ok = stored.has(w.row.id);
            if (!ok) settled.get(w.row.id)?.({ id: null, outcome: 'duplicate', recorded: 0 });
            w.resolve({ id: ok ? w.row.id : null, stored: ok });
          }
          if (stored.size > 0) later();
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      storing--;
    }
  };

  /** Applies one batch of stored messages; returns how many it took (0: nothing to do). */
  const applyNext = async (): Promise<number> => {
    let failed: { id: string; message: InboundSms }[] = [];
    let applied: (readonly [string, InboundResult])[] = [];
    const taken = await db.transaction(async (tx) => {
      const lock = (await tx.execute(
        sql`select pg_try_advisory_xact_lock(${WORKER_LOCK_KEY}) as ok`,
      )) as unknown as { rows: { ok: boolean }[] };
      if (!lock.rows[0]?.ok) return 0;
      const stored = (await tx.execute(sql`
        select id, gateway, from_number, text, received_at, gateway_message_id from ${smsInbound}
         where outcome = 'received' order by seq limit ${APPLY_BATCH}`)) as unknown as {
        rows: StoredRow[];
      };
      if (stored.rows.length === 0) return 0;
      // The first message of each number; its later ones wait for the next batch.
      const numbers = new Set<string>();
      const batch: { id: string; message: InboundSms }[] = [];
      for (const r of stored.rows) {
        const key = senderNumber(r.from_number) ?? r.from_number;
        if (numbers.has(key)) continue;
        numbers.add(key);
        batch.push({
          id: r.id,
          message: {
            gateway: r.gateway,
            from: r.from_number,
            text: r.text,
            receivedAt: new Date(r.received_at),
            gatewayMessageId: r.gateway_message_id,
          },
        });
      }
      try {
        const results = await tx.transaction((inner) => applyBatch(inner, batch));
        applied = batch.map((b, i) => [b.id, results[i]!] as const);
      } catch {
        failed = batch;
      }
      return batch.length;
    });
    // Told once committed.
    for (const [id, result] of applied) settled.get(id)?.(result);
    // A batch that failed is applied message by message; a message that fails alone is marked.
    for (const one of failed) {
      try {
        const [result] = await db.transaction((tx) => applyBatch(tx, [one]));
        settled.get(one.id)?.(result!);
      } catch (error) {
        options.onError?.(error, one.id);
        await db.execute(
          sql`update ${smsInbound} set outcome = 'failed', updated_at = now()
               where id = ${one.id} and outcome = 'received'`,
        );
        settled.get(one.id)?.({ id: one.id, outcome: 'failed', recorded: 0 });
      }
    }
    return taken;
  };

  let running: Promise<void> | null = null;
  let again = false;
  /** Runs the worker until no stored message waits (or another process holds the lock). */
  const work = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        while ((await applyNext()) > 0);
      } while (again);
      // Messages waited for here but applied by another process's worker.
      if (settled.size > 0) {
        const done = (await db.execute(sql`
          select id, outcome, people from ${smsInbound}
           where id = any(${pgArray([...settled.keys()])}::uuid[]) and outcome <> 'received'`)) as unknown as {
          rows: { id: string; outcome: InboundOutcome; people: string[] | null }[];
        };
        for (const r of done.rows)
          settled.get(r.id)?.({ id: r.id, outcome: r.outcome, recorded: r.people?.length ?? 0 });
      }
    })()
      .catch((error: unknown) => options.onError?.(error, ''))
      .finally(() => {
        running = null;
      });
    return running;
  };
  let lastStored = 0;
  let oldestWaiting = 0;
  let check: NodeJS.Timeout | null = null;
  /** Starts the worker when the webhook is quiet, or when a message has waited long enough. */
  const later = () => {
    const now = Date.now();
    lastStored = now;
    if (oldestWaiting === 0) oldestWaiting = now;
    if (settled.size > 0) {
      oldestWaiting = 0;
      void work();
      return;
    }
    if (check) return;
    const tick = () => {
      const at = Date.now();
      if (at - lastStored >= QUIET_MS || at - oldestWaiting >= (options.maxLagMs ?? MAX_LAG_MS)) {
        check = null;
        oldestWaiting = 0;
        void work();
      } else check = setTimeout(tick, QUIET_MS);
    };
    check = setTimeout(tick, QUIET_MS);
  };
  // Messages stored by a process that stopped, or left while another held the lock.
  const timer = setInterval(() => {
    if (!check) void work();
  }, options.pollMs ?? 5000);
  timer.unref();

  return {
    /**
     * Stores one received message; resolves once it is durable (or known as a replay). With
     * `wait`, resolves once the worker has applied it, with its outcome.
     */
    async receive(message: InboundSms, wait = false): Promise<InboundResult> {
      const id = randomUUID();
      const outcome = wait
        ? new Promise<InboundResult>((resolve) => settled.set(id, resolve))
        : null;
      try {
        const stored = await new Promise<{ id: string | null; stored: boolean }>(
          (resolve, reject) => {
            queue.push({ row: { id, message }, resolve, reject });
            void store();
          },
        );
        if (!stored.stored) return { id: null, outcome: 'duplicate', recorded: 0 };
        return outcome ? await outcome : { id, outcome: 'received', recorded: 0 };
      } finally {
        settled.delete(id);
      }
    },
    /** Applies every stored message waiting now (tests, shutdown). */
    drain: () => work(),
    /** Stops the worker's timer and finishes the batch in hand. */
    async close() {
      clearInterval(timer);
      if (check) clearTimeout(check);
      await running;
    },
  };
}

export type SmsInboundService = ReturnType<typeof createSmsInboundService>;
