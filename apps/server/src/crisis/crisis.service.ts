import {
  allAccountedFor,
  can,
  DEFAULT_REMINDER_SCHEDULE,
  reminderScheduleIssues,
  remindersDue,
  scopesFor,
} from '@fieldsafe/core';
import { decisionColumns, withUsgReport } from './evacuation.service.ts';
import { and, asc, eq, gte, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { today } from '../access/actor.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import type { RequestActor } from '../access/actor.ts';
import type { AuditActor } from '../audit/audit.service.ts';
import type { Db, Executor } from '../db/client.ts';
import {
  appointments,
  areas,
  auditLog,
  crises,
  crisisLog,
  crisisPeople,
} from '../db/schema/index.ts';
import { audited } from '../db/tx.ts';
import {
  conflict,
  DomainError,
  forbidden,
  invalid,
  invalidFields,
  notFound,
} from '../http/errors.ts';
import { enqueue } from '../messaging/queue.ts';
import { cascadeToWardens } from './cascade.ts';
import {
  crisisCounts,
  crisisPeopleInScope,
  enrol,
  findCrisis,
  listCrises,
} from './crisis.queries.ts';
import type { BoardFilter, CheckinInput, DeclareInput } from './crisis.schema.ts';
import { checkinSecret, signCheckin, verifyCheckin } from './token.ts';

export interface CrisisOptions {
  /** Public address of the server, for the one-tap links in messages. */
  publicUrl: string;
  env?: NodeJS.ProcessEnv;
}

type CrisisRow = NonNullable<Awaited<ReturnType<typeof findCrisis>>>;

const CHECKIN_ACTOR: AuditActor = { userId: null, label: 'check-in link' };

export interface CheckinWrite {
  crisisId: string;
  personId: string;
  status: string;
  note: string | null;
  latitude: number | null;
  longitude: number | null;
  /** ISO time of the answer (also the audit row's). */
  at: string;
  /** How the answer came: `checkin` (link, app) by default, or `sms`. */
  via?: 'checkin' | 'sms';
  /**
   * The device's id for this answer (an answer kept offline and sent again): an answer whose
   * id is already the person's last is not written again.
   */
  clientRef?: string | null;
}

/** The audit actor of an answer by SMS (the sender is the person, not a user). */
const SMS_ACTOR_LABEL = 'inbound SMS';

export interface CheckinWritten {
  title: string | null;
  crisisStatus: string | null;
  answered: string | null;
  /** The answer had been recorded already (same `clientRef`): nothing was written. */
  repeated?: boolean;
}

/** Check-ins per statement, at most. */
const CHECKIN_BATCH = 256;
/** Statements in flight at once (each on its own pool connection). */
const CHECKIN_WRITERS = 4;

/**
 * Records check-ins in one statement each batch: for each answer, the crisis must be active;
 * the person's row is updated and an audit row appended. A request waits for its batch's commit.
 */
export async function writeCheckins(
  db: Executor,
  batch: readonly CheckinWrite[],
): Promise<CheckinWritten[]> {
  const input = JSON.stringify(
    batch.map((b, i) => ({ i, ...b, via: b.via ?? 'checkin', clientRef: b.clientRef ?? null })),
  );
  const result = (await db.execute(sql`
    with x as (
      select * from jsonb_to_recordset(${input}::jsonb) as x(
        i int, "crisisId" uuid, "personId" uuid, status text, note text,
        latitude double precision, longitude double precision, at timestamptz, via text,
        "clientRef" text)
    ), c as (
      select id, title, country_id, status from ${crises}
       where id in (select "crisisId" from x)
    ), u as (
      update ${crisisPeople} cp
         set status = x.status, note = x.note, latitude = x.latitude, longitude = x.longitude,
             answered_via = x.via, answered_at = x.at, marked_by = null, updated_at = x.at,
             client_ref = x."clientRef"
        from x join c on c.id = x."crisisId" and c.status = 'active'
       where cp.crisis_id = x."crisisId" and cp.person_id = x."personId"
         and (x."clientRef" is null or cp.client_ref is distinct from x."clientRef")
      returning x.i, cp.status, cp.person_id, x.at, x.via, c.country_id
    ), again as (
      -- The same answer sent again (a device retrying): kept once, answered as before.
      select x.i, cp.status from x
        join ${crisisPeople} cp on cp.crisis_id = x."crisisId" and cp.person_id = x."personId"
       where x."clientRef" is not null and cp.client_ref = x."clientRef"
    ), a as (
      insert into ${auditLog}
        (at, actor_user_id, actor_label, action, entity, entity_id, country_id, before, after)
      select u.at, null,
             case u.via when 'sms' then ${SMS_ACTOR_LABEL} else ${CHECKIN_ACTOR.label} end,
             'crisis.checkin', 'crisis_person', u.person_id::text, u.country_id, null,
             case u.via when 'sms' then jsonb_build_object('status', u.status, 'via', u.via)
                        else jsonb_build_object('status', u.status) end
        from u order by u.i
    )
    select x.i, c.title, c.status as "crisisStatus", coalesce(u.status, again.status) as answered,
           u.i is null and again.i is not null as repeated
      from x left join c on c.id = x."crisisId" left join u on u.i = x.i
      left join again on again.i = x.i`)) as unknown as {
    rows: (CheckinWritten & { i: number })[];
  };
  const out = batch.map((): CheckinWritten => ({
    title: null,
    crisisStatus: null,
    answered: null,
  }));
  for (const r of result.rows) out[Number(r.i)] = r;
  return out;
}

/**
 * Group commit for check-ins: answers arriving while statements are in flight are gathered
 * into the next statement (never the same person twice in one), so 3,000 answers a second cost
 * a few dozen commits, not 3,000. A person's next answer waits until the statement holding
 * their previous one has committed (statements run in parallel and could otherwise commit in
 * either order: the later answer must win). A failed batch is retried answer by answer, so one
 * bad answer fails alone.
 */
function checkinWriter(db: Db) {
  type Waiting = {
    write: CheckinWrite;
    resolve(r: CheckinWritten): void;
    reject(e: unknown): void;
  };
  let queue: Waiting[] = [];
  let writers = 0;
  /** People whose answer is in a statement not yet committed. */
  const inFlight = new Set<string>();
  const keyOf = (w: Waiting) => `${w.write.crisisId}/${w.write.personId}`;
  const next = () => {
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const w of queue) {
      const k = keyOf(w);
      // A person already in this batch or in flight waits (later answers stay in order).
      if (batch.length < CHECKIN_BATCH && !inFlight.has(k)) {
        inFlight.add(k);
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
        const done = () => batch.forEach((w) => inFlight.delete(keyOf(w)));
        try {
          const rows = await writeCheckins(
            db,
            batch.map((w) => w.write),
          );
          done();
          batch.forEach((w, i) => w.resolve(rows[i]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else
            for (const w of batch)
              await writeCheckins(db, [w.write]).then((r) => w.resolve(r[0]!), w.reject);
          done();
        }
      }
    } finally {
      writers--;
    }
  };
  return (write: CheckinWrite) =>
    new Promise<CheckinWritten>((resolve, reject) => {
      queue.push({ write, resolve, reject });
      if (writers < CHECKIN_WRITERS) void drain();
    });
}

export function createCrisisService(db: Db, options: CrisisOptions) {
  let secret: Promise<Buffer> | undefined;
  const key = () => (secret ??= checkinSecret(db, options.env));
  const writeCheckin = checkinWriter(db);

  const present = (actor: RequestActor, c: CrisisRow) => ({
    id: c.id,
    countryId: c.countryId,
    areaId: c.areaId,
    areaName: c.areaName,
    title: c.title,
    description: c.description,
    status: c.status,
    declaredBy: c.declaredBy,
    declaredAt: c.declaredAt,
    closedAt: c.closedAt,
    reminderSchedule: c.reminderSchedule,
    escalatedAt: c.escalatedAt,
    abilities: {
      canManage: can(actor, 'crisis.declare', { countryId: c.countryId, areaId: c.areaId }),
      canAccount: can(actor, 'crisis.account', { countryId: c.countryId, areaId: c.areaId }),
    },
  });

  async function visible(actor: RequestActor, id: string) {
    const c = await findCrisis(db, actor, id);
    if (!c) throw notFound('Crisis');
    return c;
  }

  async function board(
    actor: RequestActor,
    id: string,
    f: BoardFilter = { page: 1, pageSize: 50 },
  ) {
    const c = await visible(actor, id);
    const rows = await crisisPeopleInScope(db, actor, id);
    const tally = () => ({ total: 0, safe: 0, needHelp: 0, noAnswer: 0 });
    const add = (t: ReturnType<typeof tally>, status: string) => {
      t.total += 1;
      if (status === 'safe') t.safe += 1;
      else if (status === 'need_help') t.needHelp += 1;
      else t.noAnswer += 1;
    };
    const counts = tally();
    const zones = new Map<
      string,
      ReturnType<typeof tally> & { zoneId: string | null; zone: string | null }
    >();
    const orgs = new Map<
      string,
      ReturnType<typeof tally> & { organizationId: string; organization: string }
    >();
    for (const r of rows) {
      add(counts, r.status);
      const zk = r.zoneId ?? '';
      if (!zones.has(zk)) zones.set(zk, { ...tally(), zoneId: r.zoneId, zone: r.zone });
      add(zones.get(zk)!, r.status);
      if (!orgs.has(r.organizationId))
        orgs.set(r.organizationId, {
          ...tally(),
          organizationId: r.organizationId,
          organization: r.organization,
        });
      add(orgs.get(r.organizationId)!, r.status);
    }
    return {
      crisisId: c.id,
      status: c.status,
      counts,
      allAccountedFor: allAccountedFor(counts),
      byZone: [...zones.values()],
      byOrganization: [...orgs.values()],
      ...pageOf(actor, rows, f, c.status === 'active'),
    };
  }

  /** The page of the board's people the filter asks for. */
  function pageOf(
    actor: RequestActor,
    rows: Awaited<ReturnType<typeof crisisPeopleInScope>>,
    f: BoardFilter,
    active: boolean,
  ) {
    const matching = rows.filter(
      (r) =>
        (!f.status ||
          r.status === f.status ||
          (f.status === 'no_answer' && r.status !== 'safe' && r.status !== 'need_help')) &&
        (!f.zoneId || r.zoneId === f.zoneId) &&
        (!f.organizationId || r.organizationId === f.organizationId),
    );
    const start = (f.page - 1) * f.pageSize;
    return {
      page: f.page,
      pageSize: f.pageSize,
      peopleTotal: matching.length,
      people: matching.slice(start, start + f.pageSize).map((r) => ({
        personId: r.personId,
        name: `${r.familyName}, ${r.givenName}`,
        kind: r.kind,
        category: r.category,
        organization: r.organization,
        zoneId: r.zoneId,
        zone: r.zone,
        phone: r.phone,
        radioCallSign: r.radioCallSign,
        reason: r.reason,
        status: r.status,
        note: r.note,
        latitude: r.latitude,
        longitude: r.longitude,
        answeredVia: r.answeredVia,
        answeredAt: r.answeredAt,
        callListAt: r.callListAt,
        canMark:
          active &&
          can(actor, 'crisis.account', {
            countryId: r.countryId,
            areaId: r.areaId,
            zoneId: r.zoneId,
            organizationId: r.organizationId,
          }),
      })),
    };
  }

  return {
    async list(actor: RequestActor, countryId?: string) {
      return (await listCrises(db, actor, countryId)).map((c) => present(actor, c));
    },

    async get(actor: RequestActor, id: string) {
      return present(actor, await visible(actor, id));
    },

    /** Declares a crisis, enrols everyone there and queues their check-in requests. */
    async declare(actor: RequestActor, input: DeclareInput) {
      const areaId = input.areaId ?? null;
      if (areaId) {
        const [area] = await db.select().from(areas).where(eq(areas.id, areaId));
        if (!area || area.countryId !== input.countryId)
          throw invalid('areaId', 'is not an area of this country');
      }
      if (!can(actor, 'crisis.declare', { countryId: input.countryId, areaId }))
        throw forbidden(
          'Only the Designated Official or the Chief Security Adviser declares a crisis',
        );
      const reminderSchedule =
        input.reminderSchedule === undefined ? DEFAULT_REMINDER_SCHEDULE : input.reminderSchedule;
      if (reminderSchedule) {
        const issues = reminderScheduleIssues(reminderSchedule);
        if (issues.length)
          throw invalidFields(
            issues.map((i) => ({ path: `reminderSchedule.${i.path}`, message: i.message })),
          );
      }
      const k = await key();
      const id = await audited(db, actor, async (tx) => {
        const [c] = await tx
          .insert(crises)
          .values({
            countryId: input.countryId,
            areaId,
            title: input.title,
            description: input.description ?? null,
            declaredBy: actor.label,
            declaredByUserId: actor.userId,
            tokenHours: input.tokenHours,
            reminderSchedule,
          })
          .returning();
        if (!c) throw new Error('crisis not created');
        await tx.insert(crisisLog).values({
          crisisId: c.id,
          kind: 'declared',
          text: input.title,
          decidedBy: actor.label,
          recordedBy: actor.label,
        });
        const enrolled = await enrol(tx, c);
        const expiresAt = Math.floor(Date.now() / 1000) + input.tokenHours * 3600;
        await enqueue(
          tx,
          {
            messageId: `crisis:${c.id}:checkin`,
            template: 'crisis.checkin',
            countryId: c.countryId,
            channels: ['in_app', 'email', 'sms'],
          },
          enrolled.map((p) => {
            const token = signCheckin(k, { crisisId: c.id, personId: p.personId, expiresAt });
            return {
              personId: p.personId,
              params: {
                title: c.title,
                link: `${options.publicUrl}/checkin/${token}`,
                path: `/checkin/${token}`,
              },
            };
          }),
        );
        await cascadeToWardens(
          tx,
          {
            messageId: `crisis:${c.id}`,
            countryId: c.countryId,
            title: c.title,
            channels: ['in_app', 'email'],
            crisisId: c.id,
          },
          enrolled,
        );
        return {
          result: c.id,
          audit: {
            action: 'crisis.declare',
            entity: 'crisis',
            entityId: c.id,
            countryId: c.countryId,
            after: { ...c, enrolled: enrolled.length },
          },
        };
      });
      return this.get(actor, id);
    },

    board,

    /** The live counts (for server-sent events): one grouped query, no lists. */
    async counts(actor: RequestActor, id: string) {
      const c = await visible(actor, id);
      const counts = await crisisCounts(db, actor, id);
      return { status: c.status, counts, allAccountedFor: allAccountedFor(counts) };
    },

    /** A warden or operator records that a person was reached by phone, radio or in person. */
    async mark(
      actor: RequestActor,
      crisisId: string,
      personId: string,
      input: { status: 'safe' | 'need_help'; via: string; note?: string | null | undefined },
    ) {
      const c = await visible(actor, crisisId);
      const [row] = await crisisPeopleInScope(db, actor, crisisId, personId);
      if (!row) throw notFound('Person in this crisis');
      if (!can(actor, 'crisis.account', row))
        throw forbidden('You may not account for this person');
      if (c.status !== 'active') throw conflict('The crisis is closed');
      await audited(db, actor, async (tx) => {
        await tx
          .update(crisisPeople)
          .set({
            status: input.status,
            note: input.note ?? row.note,
            answeredVia: input.via,
            answeredAt: new Date(),
            markedBy: actor.label,
            updatedAt: new Date(),
          })
          .where(and(eq(crisisPeople.crisisId, crisisId), eq(crisisPeople.personId, personId)));
        return {
          result: null,
          audit: {
            action: 'crisis.mark',
            entity: 'crisis_person',
            entityId: personId,
            countryId: c.countryId,
            before: { status: row.status },
            after: { status: input.status, via: input.via },
          },
        };
      });
      return board(actor, crisisId);
    },

    /**
     * The public check-in: the token names the crisis and the person, and nothing else.
     * It is the hot path of a crisis, so answers arriving together are written together (see
     * `checkinWriter`): one statement checks the crisis is active, records each answer and
     * appends its audit row, atomically like `audited` — an answer and its audit row are both
     * kept or neither — and the request is answered once that statement has committed.
     */
    async checkin(token: string, input: CheckinInput) {
      const claim = verifyCheckin(await key(), token);
      const gone = () => new DomainError('gone', 'This crisis is closed');
      if ((input.latitude == null) !== (input.longitude == null)) {
        // An unknown or closed crisis is reported before a half position, as for any answer.
        const [c] = await db.select().from(crises).where(eq(crises.id, claim.crisisId));
        if (!c) throw notFound('Check-in link');
        if (c.status !== 'active') throw gone();
        throw invalid(
          input.latitude == null ? 'latitude' : 'longitude',
          'give both latitude and longitude, or neither',
        );
      }
      const answeredAt = new Date();
      const row = await writeCheckin({
        crisisId: claim.crisisId,
        personId: claim.personId,
        status: input.status,
        note: input.note ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        at: answeredAt.toISOString(),
        clientRef: input.clientRef ?? null,
      });
      if (!row.crisisStatus) throw notFound('Check-in link');
      if (row.crisisStatus !== 'active') throw gone();
      if (!row.answered) throw notFound('Check-in link');
      return {
        crisis: row.title ?? '',
        status: row.answered,
        answeredAt,
        repeated: row.repeated === true,
      };
    },

    /** The active crises that ask the signed-in person to check in, with their answer so far. */
    async mine(actor: RequestActor) {
      if (!actor.personId) return [];
      return db
        .select({
          crisisId: crises.id,
          title: crises.title,
          declaredAt: crises.declaredAt,
          status: crisisPeople.status,
          answeredAt: crisisPeople.answeredAt,
        })
        .from(crisisPeople)
        .innerJoin(crises, eq(crises.id, crisisPeople.crisisId))
        .where(and(eq(crisisPeople.personId, actor.personId), eq(crises.status, 'active')))
        .orderBy(asc(crises.declaredAt));
    },

    /** A signed-in person answers for themself, as with the link. */
    async checkinSelf(actor: RequestActor, crisisId: string, input: CheckinInput) {
      if (!actor.personId) throw notFound('Crisis');
      const token = signCheckin(await key(), {
        crisisId,
        personId: actor.personId,
        expiresAt: Math.floor(Date.now() / 1000) + 60,
      });
      return this.checkin(token, input);
    },

    /**
     * The reminder schedules of the active crises (run by the jobs mechanism): resends the
     * check-in to those who have not answered when a reminder is due, then puts the still-silent
     * on their wardens' call lists (the warden cascade) and tells the country's CSA. Each step
     * happens once: the crisis row is locked and its progress recorded in the same transaction.
     */
    async runReminders(now = new Date()) {
      const active = await db
        .select({ id: crises.id })
        .from(crises)
        .where(and(eq(crises.status, 'active'), isNotNull(crises.reminderSchedule)));
      let steps = 0;
      for (const { id } of active) {
        const k = await key();
        const did = await db.transaction(async (tx) => {
          const [c] = await tx.select().from(crises).where(eq(crises.id, id)).for('update');
          if (!c || c.status !== 'active' || !c.reminderSchedule) return false;
          const schedule = c.reminderSchedule;
          const due = remindersDue(
            schedule,
            c.declaredAt,
            c.remindersDone,
            c.escalatedAt !== null,
            now,
          );
          if (due.send === null && !due.escalate && due.done === c.remindersDone) return false;
          const silent = await tx
            .select({ personId: crisisPeople.personId, zoneId: crisisPeople.zoneId })
            .from(crisisPeople)
            .where(and(eq(crisisPeople.crisisId, id), eq(crisisPeople.status, 'no_answer')));
          let reminded = 0;
          if (due.send !== null && silent.length > 0) {
            const step = schedule.reminders[due.send]!;
            const expiresAt = Math.floor(c.declaredAt.getTime() / 1000) + c.tokenHours * 3600;
            reminded = await enqueue(
              tx,
              {
                messageId: `crisis:${id}:reminder:${due.send + 1}`,
                template: 'crisis.reminder',
                countryId: c.countryId,
                channels: step.channels,
              },
              silent.map((p) => {
                const token = signCheckin(k, { crisisId: id, personId: p.personId, expiresAt });
                return {
                  personId: p.personId,
                  params: {
                    title: c.title,
                    link: `${options.publicUrl}/checkin/${token}`,
                    path: `/checkin/${token}`,
                  },
                };
              }),
            );
          }
          let wardens = 0;
          let csas = 0;
          if (due.escalate) {
            await tx
              .update(crisisPeople)
              .set({ callListAt: now })
              .where(and(eq(crisisPeople.crisisId, id), eq(crisisPeople.status, 'no_answer')));
            wardens = await cascadeToWardens(
              tx,
              {
                messageId: `crisis:${id}:call-list`,
                countryId: c.countryId,
                title: c.title,
                channels: ['in_app', 'email', 'sms'],
                crisisId: id,
              },
              silent,
            );
            const day = today();
            const advisers = await tx
              .select({ personId: appointments.personId })
              .from(appointments)
              .where(
                and(
                  eq(appointments.role, 'CSA'),
                  eq(appointments.countryId, c.countryId),
                  lte(appointments.startsOn, day),
                  or(isNull(appointments.endsOn), gte(appointments.endsOn, day)),
                ),
              );
            csas = await enqueue(
              tx,
              {
                messageId: `crisis:${id}:escalation`,
                template: 'crisis.escalation',
                countryId: c.countryId,
                channels: ['in_app', 'email', 'sms'],
              },
              [...new Set(advisers.map((a) => a.personId))].map((personId) => ({
                personId,
                params: { title: c.title, count: silent.length, path: `/crisis/${id}` },
              })),
            );
          }
          await tx
            .update(crises)
            .set({
              remindersDone: due.done,
              ...(due.escalate ? { escalatedAt: now } : {}),
              updatedAt: now,
            })
            .where(eq(crises.id, id));
          await recordAudit(tx, SYSTEM_ACTOR, {
            action: due.escalate ? 'crisis.escalate' : 'crisis.remind',
            entity: 'crisis',
            entityId: id,
            countryId: c.countryId,
            after: {
              reminder: due.send === null ? null : due.send + 1,
              silent: silent.length,
              messagesQueued: reminded,
              callList: due.escalate,
              wardensTold: wardens,
              csaNotified: csas,
            },
          });
          return true;
        });
        if (did) steps++;
      }
      return steps;
    },

    /** What the check-in page shows before an answer. */
    async describeToken(token: string) {
      const claim = verifyCheckin(await key(), token);
      const [c] = await db.select().from(crises).where(eq(crises.id, claim.crisisId));
      if (!c) throw notFound('Check-in link');
      if (c.status !== 'active') throw new DomainError('gone', 'This crisis is closed');
      return { title: c.title };
    },

    async log(actor: RequestActor, crisisId: string) {
      await visible(actor, crisisId);
      const rows = await db
        .select()
        .from(crisisLog)
        .where(eq(crisisLog.crisisId, crisisId))
        .orderBy(asc(crisisLog.at));
      return rows.map(withUsgReport);
    },

    /** Records a decision (alternate work, relocation, evacuation) or a note in the crisis log. */
    async addLog(
      actor: RequestActor,
      crisisId: string,
      input: {
        kind: string;
        text: string;
        decidedBy?: string | null | undefined;
        authority?: string | null | undefined;
        recommendedBy?: string | null | undefined;
        exigent?: boolean | undefined;
      },
    ) {
      const c = await visible(actor, crisisId);
      const keys = { countryId: c.countryId, areaId: c.areaId };
      // A note may come from anyone accounting for people in the crisis (a warden for their zone).
      const accounts =
        can(actor, 'crisis.account', keys) ||
        scopesFor(actor, 'crisis.account').some(
          (s) => 'countryId' in s && s.countryId === c.countryId,
        );
      const allowed = input.kind === 'note' ? accounts : can(actor, 'crisis.declare', keys);
      if (!allowed)
        throw forbidden(
          'Decisions are recorded by the Designated Official or the Chief Security Adviser',
        );
      return audited(db, actor, async (tx) => {
        const [entry] = await tx
          .insert(crisisLog)
          .values({
            crisisId,
            kind: input.kind,
            text: input.text,
            decidedBy: input.decidedBy ?? actor.label,
            ...decisionColumns(input),
            recordedBy: actor.label,
          })
          .returning();
        if (!entry) throw new Error('log entry not created');
        return {
          result: withUsgReport(entry),
          audit: {
            action: 'crisis.log',
            entity: 'crisis_log',
            entityId: entry.id,
            countryId: c.countryId,
            after: entry,
          },
        };
      });
    },

    /** Ends the crisis; precise positions are erased (kept only while a crisis is active). */
    async close(actor: RequestActor, crisisId: string) {
      const c = await visible(actor, crisisId);
      if (!can(actor, 'crisis.declare', { countryId: c.countryId, areaId: c.areaId }))
        throw forbidden(
          'Only the Designated Official or the Chief Security Adviser closes a crisis',
        );
      if (c.status !== 'active') throw conflict('The crisis is already closed');
      await audited(db, actor, async (tx) => {
        await tx
          .update(crises)
          .set({ status: 'closed', closedAt: new Date(), updatedAt: new Date() })
          .where(eq(crises.id, crisisId));
        await tx.execute(
          sql`update crisis_people set latitude = null, longitude = null where crisis_id = ${crisisId}`,
        );
        await tx.insert(crisisLog).values({
          crisisId,
          kind: 'closed',
          text: 'Crisis closed',
          decidedBy: actor.label,
          recordedBy: actor.label,
        });
        return {
          result: null,
          audit: {
            action: 'crisis.close',
            entity: 'crisis',
            entityId: crisisId,
            countryId: c.countryId,
          },
        };
      });
      return this.get(actor, crisisId);
    },
  };
}

export type CrisisService = ReturnType<typeof createCrisisService>;
