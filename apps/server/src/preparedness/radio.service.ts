import { addDays, can, RADIO_MISSES_FLAG } from '@fieldsafe/core';
import { and, asc, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Db } from '../db/client.ts';
import {
  areas,
  countries,
  people,
  radioCheckEntries as entries,
  radioChecks as checks,
  wardenZones,
} from '../db/schema/index.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalidFields, notFound, type FieldIssue } from '../http/errors.ts';
import { holdsIn, resolvePlace } from './place.ts';
import type { RadioCheckInput } from './radio.schema.ts';

type Keys = { countryId: string; areaId?: string | null; zoneId?: string | null };
const mayRead = (actor: RequestActor, k: Keys) =>
  can(actor, 'preparedness.read', k) || can(actor, 'radio_check.record', k);
const mayRecord = (actor: RequestActor, k: Keys) => can(actor, 'radio_check.record', k);

function readable(actor: RequestActor) {
  const cols = { countryId: checks.countryId, areaId: checks.areaId, zoneId: checks.zoneId };
  return sql`(${scopeWhere(actor, 'preparedness.read', cols)} or ${scopeWhere(actor, 'radio_check.record', cols)})`;
}

const nextDay = (d: string) => addDays(d, 1);

/** Radio-check log (seed 003 ¶67): roll calls on a net, each call sign answered or missed. */
export function createRadioService(db: Db) {
  const list = () =>
    db
      .select({
        c: checks,
        countryName: countries.nameEn,
        areaName: areas.name,
        zoneName: wardenZones.name,
        called: sql<number>`(select count(*)::int from ${entries} e where e.check_id = ${checks.id})`,
        missed: sql<number>`(select count(*)::int from ${entries} e where e.check_id = ${checks.id} and not e.answered)`,
      })
      .from(checks)
      .innerJoin(countries, eq(countries.id, checks.countryId))
      .leftJoin(areas, eq(areas.id, checks.areaId))
      .leftJoin(wardenZones, eq(wardenZones.id, checks.zoneId));
  type Row = Awaited<ReturnType<ReturnType<typeof list>['execute']>>[number];
  const summary = (actor: RequestActor, r: Row) => ({
    ...r.c,
    placeName: r.zoneName ?? r.areaName ?? r.countryName,
    called: r.called,
    missed: r.missed,
    abilities: { canEdit: mayRecord(actor, r.c) },
  });

  async function one(actor: RequestActor, id: string) {
    const [row] = await list().where(and(eq(checks.id, id), readable(actor)));
    if (!row) throw notFound('Radio check');
    const rows = await db
      .select({
        e: entries,
        given: people.givenName,
        family: people.familyName,
      })
      .from(entries)
      .leftJoin(people, eq(people.id, entries.personId))
      .where(eq(entries.checkId, id))
      .orderBy(asc(entries.answered), asc(entries.callSign));
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
      const where = and(
        readable(actor),
        q.countryId ? eq(checks.countryId, q.countryId) : undefined,
      );
      const [total] = await db.select({ n: count() }).from(checks).where(where);
      const rows = await list()
        .where(where)
        .orderBy(desc(checks.heldAt), desc(checks.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      return {
        items: rows.map((r) => summary(actor, r)),
        page: q.page,
        pageSize: q.pageSize,
        total: total?.n ?? 0,
        abilities: {
          canRecord: q.countryId ? holdsIn(actor, 'radio_check.record', q.countryId) : false,
        },
      };
    },

    /** The people of a place with their call signs, to call in a roll call. */
    async roster(actor: RequestActor, q: { countryId: string; areaId?: string; zoneId?: string }) {
      const place = await resolvePlace(db, q);
      if (!mayRead(actor, place)) throw notFound('Place');
      const rows = await db
        .select({
          personId: people.id,
          given: people.givenName,
          family: people.familyName,
          callSign: people.radioCallSign,
        })
        .from(people)
        .where(
          and(
            eq(people.countryId, q.countryId),
            eq(people.status, 'active'),
            eq(people.kind, 'personnel'),
            place.areaId ? eq(people.areaId, place.areaId) : undefined,
            place.zoneId ? eq(people.zoneId, place.zoneId) : undefined,
          ),
        )
        .orderBy(asc(people.radioCallSign), asc(people.familyName))
        .limit(2000);
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
      const found = ids.length
        ? await db
            .select({ id: people.id, callSign: people.radioCallSign })
            .from(people)
            .where(and(inArray(people.id, ids), eq(people.countryId, input.countryId)))
        : [];
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
        const [row] = await tx
          .insert(checks)
          .values({
            countryId: place.countryId,
            areaId: place.areaId,
            zoneId: place.zoneId,
            net: input.net,
            heldAt: new Date(input.heldAt),
            notes: input.notes,
            conductedBy: actor.userId,
          })
          .returning();
        if (!row) throw new Error('radio check not recorded');
        await tx.insert(entries).values(values.map((v) => ({ ...v, checkId: row.id })));
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
      const cols = { countryId: entries.countryId, areaId: entries.areaId, zoneId: entries.zoneId };
      const key = sql`coalesce(${entries.personId}::text, ${entries.callSign})`;
      const where = and(
        eq(entries.countryId, q.countryId),
        sql`(${scopeWhere(actor, 'preparedness.read', cols)} or ${scopeWhere(actor, 'radio_check.record', cols)})`,
        gte(checks.heldAt, new Date(`${q.from}T00:00:00Z`)),
        lt(checks.heldAt, new Date(`${nextDay(q.to)}T00:00:00Z`)),
      );
      const grouped = db
        .select({
          key: sql<string>`${key}`.as('k'),
          personId: sql<string | null>`min(${entries.personId}::text)`.as('person_id'),
          callSign: sql<string>`max(${entries.callSign})`.as('call_sign'),
          called: sql<number>`count(*)::int`.as('called'),
          missed: sql<number>`(count(*) filter (where not ${entries.answered}))::int`.as('missed'),
          lastMissedAt: sql<
            string | null
          >`max(${checks.heldAt}) filter (where not ${entries.answered})`.as('last_missed_at'),
        })
        .from(entries)
        .innerJoin(checks, eq(checks.id, entries.checkId))
        .where(where)
        .groupBy(key)
        .as('g');
      const [total] = await db
        .select({ n: count() })
        .from(grouped)
        .where(sql`${grouped.missed} > 0`);
      const rows = await db
        .select({
          personId: grouped.personId,
          callSign: grouped.callSign,
          called: grouped.called,
          missed: grouped.missed,
          lastMissedAt: grouped.lastMissedAt,
          given: people.givenName,
          family: people.familyName,
        })
        .from(grouped)
        .leftJoin(people, sql`${people.id}::text = ${grouped.personId}`)
        .where(sql`${grouped.missed} > 0`)
        .orderBy(desc(grouped.missed), asc(grouped.callSign))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
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
        total: total?.n ?? 0,
        from: q.from,
        to: q.to,
        flagFrom: RADIO_MISSES_FLAG,
      };
    },
  };
}

export type RadioService = ReturnType<typeof createRadioService>;
