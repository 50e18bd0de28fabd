/**
 * Answers to a crisis check-in sent as SMS replies (SPEC §10 "Any phone"). A reply is read with
 * core's parser (en/fr/es/ar), matched to the sender's open crisis enrolments by their E.164
 * number and recorded through the check-in write path (`answered_via = 'sms'`), so the board
 * counts it exactly like a web answer. A shared (family) phone is asked who the answer is for; an
 * unknown number is logged and nothing else. Every reply to the sender goes on the durable queue.
 *
 * Messages arriving together are handled together, one transaction per batch (like the check-in
 * writer): the gateway may post thousands of replies a minute during a crisis.
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
import type { Db } from '../db/client.ts';
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
/** Messages per transaction, at most. */
const BATCH = 256;
/** Transactions in flight at once. */
const WRITERS = 4;

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

async function lookup(db: Db, phones: string[]): Promise<Lookup> {
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

function decide(index: number, message: InboundSms, found: Lookup): Decision {
  const phone = senderNumber(message.from);
  const base: Decision = {
    index,
    id: randomUUID(),
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
 * Writes a batch of decided messages in ONE statement (data-modifying CTEs, atomic): the log rows
 * (a replayed gateway id inserts nothing, and nothing else of that message is written), the
 * answers through the same update as the check-in write path (the crisis must be active), their
 * audit rows, the replies on the queue and the messages' own audit rows.
 */
async function writeAnswers(db: Db, decisions: readonly Decision[]): Promise<InboundResult[]> {
  const at = new Date().toISOString();
  const rows = decisions.map((d) => ({
    id: d.id,
    gatewayMessageId: d.message.gatewayMessageId,
    gateway: d.message.gateway,
    fromNumber: d.phone,
    text: d.message.text.slice(0, 2000),
    receivedAt: d.message.receivedAt.toISOString(),
    outcome: d.outcome,
    status: d.status,
    people: d.people.length ? d.people.map((p) => p.personId) : null,
  }));
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
    with ins as (
      insert into ${smsInbound}
        (id, gateway_message_id, gateway, from_number, text, received_at, outcome, status, people)
      select r.id, r."gatewayMessageId", r.gateway, r."fromNumber", r.text, r."receivedAt",
             r.outcome, r.status, r.people
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
          id uuid, "gatewayMessageId" text, gateway text, "fromNumber" text, text text,
          "receivedAt" timestamptz, outcome text, status text, people jsonb)
      on conflict (gateway_message_id) do nothing
      returning id
    ), x as (
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

/** Handles a batch of messages from distinct numbers in one transaction. */
async function handleBatch(db: Db, batch: readonly InboundSms[]): Promise<InboundResult[]> {
  // Read outside the transaction (three queries at once): no other batch holds these numbers.
  const phones = [
    ...new Set(batch.map((m) => senderNumber(m.from)).filter((p): p is string => p !== null)),
  ];
  const found = await lookup(db, phones);
  const decisions = batch.map((m, i) => decide(i, m, found));
  // The usual batch (answers, no shared-phone question or scheduled check-in) is one statement.
  if (decisions.every((d) => d.pending === null && d.scheduleIds.length === 0))
    return writeAnswers(db, decisions);
  return db.transaction(async (tx) => {
    // The log of every message; a replayed gateway id inserts nothing and is ignored.
    const rows = decisions.map((d) => ({
      id: d.id,
      gatewayMessageId: d.message.gatewayMessageId,
      gateway: d.message.gateway,
      fromNumber: d.phone,
      text: d.message.text.slice(0, 2000),
      receivedAt: d.message.receivedAt,
      outcome: d.outcome,
      status: d.status,
      people: d.people.length ? d.people.map((p) => p.personId) : null,
    }));
    const inserted = new Set(
      (
        await tx
          .insert(smsInbound)
          .values(rows)
          .onConflictDoNothing({ target: smsInbound.gatewayMessageId })
          .returning({ id: smsInbound.id })
      ).map((r) => r.id),
    );
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
  });
}

/**
 * Group commit for inbound messages, as for check-ins: messages arriving while transactions are
 * in flight go together into the next one, never two from the same number (a family phone's
 * answer and its choice must be read in order). A failed batch is retried message by message.
 */
export function createSmsInboundService(db: Db) {
  type Waiting = {
    message: InboundSms;
    key: string;
    resolve(r: InboundResult): void;
    reject(e: unknown): void;
  };
  let queue: Waiting[] = [];
  let writers = 0;
  const inFlight = new Set<string>();
  const next = () => {
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    const ids = new Set<string>();
    for (const w of queue) {
      const id = w.message.gatewayMessageId;
      if (batch.length < BATCH && !inFlight.has(w.key) && !(id && ids.has(id))) {
        inFlight.add(w.key);
        if (id) ids.add(id);
        batch.push(w);
      } else rest.push(w);
    }
    queue = rest;
    return batch;
  };
  const drain = async () => {
    writers++;
    try {
      for (let batch = next(); batch.length > 0; batch = next()) {
        try {
          const results = await handleBatch(
            db,
            batch.map((w) => w.message),
          );
          batch.forEach((w, i) => w.resolve(results[i]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else
            for (const w of batch)
              await handleBatch(db, [w.message]).then((r) => w.resolve(r[0]!), w.reject);
        } finally {
          batch.forEach((w) => inFlight.delete(w.key));
        }
      }
    } finally {
      writers--;
    }
  };
  return {
    /** Handles one received message; resolves once its batch has committed. */
    receive(message: InboundSms): Promise<InboundResult> {
      return new Promise((resolve, reject) => {
        queue.push({ message, key: senderNumber(message.from) ?? message.from, resolve, reject });
        if (writers < WRITERS) void drain();
      });
    },
  };
}

export type SmsInboundService = ReturnType<typeof createSmsInboundService>;
