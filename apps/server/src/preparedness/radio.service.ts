import { addDays, can, RADIO_MISSES_FLAG } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalidFields, notFound, type FieldIssue } from '../http/errors.ts';
import { holdsIn, resolvePlace } from './place.ts';
import {
  callSignsOf,
  entriesOf,
  findCheck,
  insertCheck,
  listChecks,
  missedCalls,
  rosterOf,
  type CheckRow,
} from './radio.queries.ts';
import type { RadioCheckInput } from './radio.schema.ts';

type Keys = { countryId: string; areaId?: string | null; zoneId?: string | null };
const mayRead = (actor: RequestActor, k: Keys) =>
  can(actor, 'preparedness.read', k) || can(actor, 'radio_check.record', k);
const mayRecord = (actor: RequestActor, k: Keys) => can(actor, 'radio_check.record', k);

const nextDay = (d: string) => addDays(d, 1);

/** Radio-check log (seed 003 ¶67): roll calls on a net, each call sign answered or missed. */
export function createRadioService(db: Db) {
  const summary = (actor: RequestActor, r: CheckRow) => ({
    ...r.c,
    placeName: r.zoneName ?? r.areaName ?? r.countryName,
    called: r.called,
    missed: r.missed,
    abilities: { canEdit: mayRecord(actor, r.c) },
  });

  async function one(actor: RequestActor, id: string) {
    const row = await findCheck(db, actor, id);
    if (!row) throw notFound('Radio check');
    const rows = await entriesOf(db, id);
    return {
      ...summary(actor, row),
      entries: rows.map(({ e, given, family }) => ({
        id: e.id,
        personId: e.personId,
        name: given ? `${given} ${family ?? ''}`.trim() : null,
        callSign: e.callSign,
        answered: e.answered,
        answeredAt: e.answeredAt,
        note: e.note,
      })),
    };
  }

  return {
    one,

    async list(actor: RequestActor, q: { countryId?: string; page: number; pageSize: number }) {
      const { rows, total } = await listChecks(db, actor, q);
      return {
        items: rows.map((r) => summary(actor, r)),
        page: q.page,
        pageSize: q.pageSize,
        total,
        abilities: {
          canRecord: q.countryId ? holdsIn(actor, 'radio_check.record', q.countryId) : false,
        },
      };
    },

    /** The people of a place with their call signs, to call in a roll call. */
    async roster(actor: RequestActor, q: { countryId: string; areaId?: string; zoneId?: string }) {
      const place = await resolvePlace(db, q);
      if (!mayRead(actor, place)) throw notFound('Place');
      const rows = await rosterOf(db, place);
      return {
        items: rows.map((r) => ({
          personId: r.personId,
          name: `${r.given} ${r.family}`,
          callSign: r.callSign,
        })),
      };
    },

    async record(actor: RequestActor, input: RadioCheckInput) {
      const place = await resolvePlace(db, input);
      if (!mayRead(actor, place)) throw notFound('Place');
      if (!mayRecord(actor, place))
        throw forbidden(
          'Only the radio room, security advisers or the zone warden record radio checks here',
        );
      const ids = [...new Set(input.entries.flatMap((e) => (e.personId ? [e.personId] : [])))];
      const found = await callSignsOf(db, input.countryId, ids);
      const issues: FieldIssue[] = [];
      const seen = new Set<string>();
      const values = input.entries.map((e, i) => {
        const person = e.personId ? found.find((p) => p.id === e.personId) : undefined;
        if (e.personId && !person)
          issues.push({ path: `entries.${i}.personId`, message: 'unknown person in this country' });
        const callSign = e.callSign ?? person?.callSign ?? null;
        if (person && !callSign)
          issues.push({
            path: `entries.${i}.callSign`,
            message: 'the person has no call sign; give one',
          });
        if (callSign && seen.has(callSign.toUpperCase()))
          issues.push({ path: `entries.${i}.callSign`, message: 'is called twice' });
        if (callSign) seen.add(callSign.toUpperCase());
        return {
          countryId: place.countryId,
          areaId: place.areaId,
          zoneId: place.zoneId,
          personId: e.personId,
          callSign: callSign ?? '',
          answered: e.answered,
          answeredAt: e.answeredAt ? new Date(e.answeredAt) : null,
          note: e.note,
        };
      });
      if (issues.length) throw invalidFields(issues);
      const id = await audited(db, actor, async (tx) => {
        const row = await insertCheck(
          tx,
          {
            countryId: place.countryId,
            areaId: place.areaId,
            zoneId: place.zoneId,
            net: input.net,
            heldAt: new Date(input.heldAt),
            notes: input.notes,
            conductedBy: actor.userId,
          },
          values,
        );
        return {
          result: row.id,
          audit: {
            action: 'radio_check.record',
            entity: 'radio_check',
            entityId: row.id,
            countryId: row.countryId,
            after: {
              ...row,
              called: values.length,
              missed: values.filter((v) => !v.answered).map((v) => v.callSign),
            },
          },
        };
      });
      return one(actor, id);
    },

    /** Missed radio checks per person (or call sign) in a country over a period, most first. */
    async missed(
      actor: RequestActor,
      q: { countryId: string; from: string; to: string; page: number; pageSize: number },
    ) {
      if (q.to < q.from) throw invalidFields([{ path: 'to', message: 'must not be before from' }]);
      if (
        !holdsIn(actor, 'preparedness.read', q.countryId) &&
        !holdsIn(actor, 'radio_check.record', q.countryId)
      )
        throw notFound('Country');
      const { rows, total } = await missedCalls(db, actor, {
        countryId: q.countryId,
        since: new Date(`${q.from}T00:00:00Z`),
        before: new Date(`${nextDay(q.to)}T00:00:00Z`),
        page: q.page,
        pageSize: q.pageSize,
      });
      return {
        items: rows.map((r) => ({
          personId: r.personId,
          name: r.given ? `${r.given} ${r.family ?? ''}`.trim() : null,
          callSign: r.callSign,
          called: r.called,
          missed: r.missed,
          lastMissedAt: r.lastMissedAt ? new Date(r.lastMissedAt) : null,
          flagged: r.missed >= RADIO_MISSES_FLAG,
        })),
        page: q.page,
        pageSize: q.pageSize,
        total,
        from: q.from,
        to: q.to,
        flagFrom: RADIO_MISSES_FLAG,
      };
    },
  };
}

export type RadioService = ReturnType<typeof createRadioService>;
