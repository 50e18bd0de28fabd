/**
 * What an inbound SMS does, decided before anything is written: the sender's number is matched
 * to people and their open crisis enrolments, the text read with core's parser (en/fr/es/ar),
 * and the answer, the question to a shared phone or the help text chosen. Pure: the look-up is
 * done by inbound.apply.ts.
 */
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
import type { SmsOption } from './inbound.queries.ts';

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

export interface Known {
  personId: string;
  name: string;
  locale: string;
  /** Open (active crisis) enrolments of this person: crisis id → title. */
  open: Map<string, string>;
  /** Scheduled check-ins running now (travel, working alone): id → label. */
  schedules: Map<string, string>;
  countryId: string;
}

export interface Pending {
  status: 'safe' | 'need_help';
  note: string | null;
  language: SmsLanguage;
  options: SmsOption[];
}

export interface Lookup {
  /** E.164 number → the people who have it, in a stable order. */
  people: Map<string, Known[]>;
  pending: Map<string, Pending>;
  /** Numbers sent the help text recently. */
  helped: Set<string>;
}

/** What a message does, decided before anything is written. */
export interface Decision {
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

/** The phone number a message came from, in E.164, or null when it is not one. */
export function senderNumber(from: string): string | null {
  const result = normalisePhone(from);
  return result.ok ? result.e164 : null;
}

export function decide(index: number, id: string, message: InboundSms, found: Lookup): Decision {
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
