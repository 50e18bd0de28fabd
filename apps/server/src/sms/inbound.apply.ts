/**
 * Applies a batch of stored inbound SMS inside the worker's transaction: looks up the senders,
 * decides each message (inbound.decide.ts) and writes the outcomes — the usual batch (answers
 * only) in one statement.
 */
import { smsLanguage } from '@fieldsafe/core';
import { auditRows, type AuditActor, type AuditEntry } from '../audit/audit.service.ts';
import type { Executor, Tx } from '../db/client.ts';
import { writeCheckins, type CheckinWrite } from '../crisis/crisis.service.ts';
import {
  decide,
  senderNumber,
  type Decision,
  type InboundResult,
  type InboundSms,
  type Lookup,
} from './inbound.decide.ts';
import {
  answerSchedules,
  clearPendingChoice,
  findSenders,
  putPendingChoice,
  queueRepliesWithAudit,
  setOutcomes,
  writeAnswersStatement,
  type OutcomeRow,
  type ReplyWrite,
  type SmsOption,
} from './inbound.queries.ts';

const SMS_ACTOR: AuditActor = { userId: null, label: 'inbound SMS' };

/** A shared phone's question waits this long for its answer. */
const CHOICE_HOURS = 24;

async function lookup(db: Executor, phones: string[]): Promise<Lookup> {
  const out: Lookup = { people: new Map(), pending: new Map(), helped: new Set() };
  if (phones.length === 0) return out;
  const found = await findSenders(db, phones);
  for (const r of found.people) {
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
  for (const p of found.pending)
    out.pending.set(p.phone, {
      status: p.status,
      note: p.note,
      language: smsLanguage(p.language),
      options: typeof p.options === 'string' ? (JSON.parse(p.options) as SmsOption[]) : p.options,
    });
  for (const h of found.helped) out.helped.add(h.from_number);
  for (const list of out.people.values())
    for (const k of list)
      for (const s of found.schedules)
        if (s.personId === k.personId) k.schedules.set(s.id, s.label);
  return out;
}

/** The replies of decided messages, for the queue. */
function repliesOf(decisions: readonly Decision[]): ReplyWrite[] {
  return decisions.flatMap((d) =>
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
}

/**
 * Writes a batch of decided messages that only answer (no shared-phone question, no scheduled
 * check-in) in one statement: see `writeAnswersStatement`.
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
  const result = await writeAnswersStatement(
    db,
    SMS_ACTOR.label,
    rows,
    writes,
    repliesOf(decisions),
    audits,
  );
  const inserted = new Set<string>();
  const recorded = new Map<string, number>();
  for (const r of result)
    if (r.k === 'i') inserted.add(r.v);
    else recorded.set(r.v, (recorded.get(r.v) ?? 0) + 1);
  return decisions.map((d): InboundResult =>
    inserted.has(d.id)
      ? { id: d.id, outcome: d.outcome, recorded: recorded.get(d.id) ?? 0 }
      : { id: null, outcome: 'duplicate', recorded: 0 },
  );
}

/** The outcome of each decided message, as written on its stored row. */
function outcomeRows(decisions: readonly Decision[]): OutcomeRow[] {
  return decisions.map((d) => ({
    id: d.id,
    fromNumber: d.phone,
    outcome: d.outcome,
    status: d.status,
    people: d.people.length ? d.people.map((p) => p.personId) : null,
  }));
}

/**
 * Applies a batch of stored messages from distinct numbers, inside the worker's transaction: the
 * usual batch (answers only) in one statement, the rest (shared-phone questions, scheduled
 * check-ins) in a few.
 */
export async function applyBatch(
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

  const marked = await setOutcomes(tx, outcomeRows(decisions));
  const inserted = new Set(marked.map((r) => r.id));
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
  if (scheduleIds.length) await answerSchedules(tx, scheduleIds, at);

  for (const d of live) {
    if (d.pending === 'clear') await clearPendingChoice(tx, d.phone);
    else if (d.pending) {
      const expiresAt = new Date(Date.now() + CHOICE_HOURS * 3_600_000);
      await putPendingChoice(tx, d.phone, d.pending, expiresAt);
    }
  }

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
  if (audit.length) await queueRepliesWithAudit(tx, repliesOf(live), auditRows(SMS_ACTOR, audit));

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
