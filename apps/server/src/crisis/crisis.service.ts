import {
  allAccountedFor,
  can,
  CLASSIFIED_KIND_RULES,
  mayReadClassified,
  type Classification,
  DEFAULT_REMINDER_SCHEDULE,
  reminderScheduleIssues,
  scopesFor,
} from '@fieldsafe/core';
import { decisionColumns, withUsgReport } from './evacuation.service.ts';
import type { RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
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
import { checkinWriter } from './checkin-writer.ts';
import {
  activeCrisesOf,
  appendLog,
  closeCrisis,
  crisisById,
  crisisCounts,
  crisisPeopleInScope,
  crisisPersonIds,
  enrol,
  findArea,
  findCrisis,
  insertCrisis,
  insertLogEntry,
  listCrises,
  logOf,
  markPerson,
} from './crisis.queries.ts';
import { positionCollectableFor } from '../location/location.service.ts';
import { runCrisisReminders } from './reminders.ts';
import type { BoardFilter, CheckinInput, DeclareInput } from './crisis.schema.ts';
import { checkinSecret, signCheckin, verifyCheckin } from './token.ts';

export { writeCheckins, type CheckinWrite } from './checkins.queries.ts';

type CrisisRow = NonNullable<Awaited<ReturnType<typeof findCrisis>>>;

export function createCrisisService(db: Db) {
  let secret: Promise<Buffer> | undefined;
  const key = () => (secret ??= checkinSecret(db));
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
        const area = await findArea(db, areaId);
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
      const id = await audited(db, actor, async (tx) => {
        const c = await insertCrisis(tx, {
          countryId: input.countryId,
          areaId,
          title: input.title,
          description: input.description ?? null,
          declaredBy: actor.label,
          declaredByUserId: actor.userId,
          tokenHours: input.tokenHours,
          reminderSchedule,
        });
        if (!c) throw new Error('crisis not created');
        await appendLog(tx, {
          crisisId: c.id,
          kind: 'declared',
          text: input.title,
          decidedBy: actor.label,
          recordedBy: actor.label,
        });
        const enrolled = await enrol(tx, c);
        // Each person's link is signed as their message is sent (see `withCheckinLink`).
        await enqueue(
          tx,
          {
            messageId: `crisis:${c.id}:checkin`,
            template: 'crisis.checkin',
            countryId: c.countryId,
            channels: ['in_app', 'email', 'sms'],
            fresh: true,
          },
          {
            people: crisisPersonIds(c.id),
            params: {
              title: c.title,
              checkin: {
                crisisId: c.id,
                expiresAt: Math.floor(Date.now() / 1000) + input.tokenHours * 3600,
              },
            },
          },
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
        await markPerson(tx, crisisId, personId, {
          status: input.status,
          note: input.note ?? row.note,
          answeredVia: input.via,
          answeredAt: new Date(),
          markedBy: actor.label,
          updatedAt: new Date(),
        });
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
        const c = await crisisById(db, claim.crisisId);
        if (!c) throw notFound('Check-in link');
        if (c.status !== 'active') throw gone();
        throw invalid(
          input.latitude == null ? 'latitude' : 'longitude',
          'give both latitude and longitude, or neither',
        );
      }
      const answeredAt = new Date();
      // A position is kept only while precise location is activated for the person's place:
      // otherwise the answer is refused, naming the field (the app asks only when it is active).
      if (
        input.latitude != null &&
        !(await positionCollectableFor(db, claim.crisisId, claim.personId, answeredAt))
      ) {
        const c = await crisisById(db, claim.crisisId);
        if (!c) throw notFound('Check-in link');
        if (c.status !== 'active') throw gone();
        throw invalid('latitude', 'is not collected: precise location is not active for you');
      }
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
      return activeCrisesOf(db, actor.personId);
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
     * The reminder schedules of the active crises (run by the jobs mechanism); see
     * `reminders.ts`.
     */
    async runReminders(now = new Date()) {
      return runCrisisReminders(db, now);
    },

    /** What the check-in page shows before an answer. */
    async describeToken(token: string) {
      const claim = verifyCheckin(await key(), token);
      const c = await crisisById(db, claim.crisisId);
      if (!c) throw notFound('Check-in link');
      if (c.status !== 'active') throw new DomainError('gone', 'This crisis is closed');
      return { title: c.title };
    },

    async log(actor: RequestActor, crisisId: string) {
      const c = await visible(actor, crisisId);
      const keys = { countryId: c.countryId, areaId: c.areaId };
      const rows = await logOf(db, crisisId);
      return rows
        .filter((r) =>
          mayReadClassified(actor, r.classification, keys, CLASSIFIED_KIND_RULES.crisis_log),
        )
        .map(withUsgReport);
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
        classification: Classification;
        sltShareable: boolean;
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
        const entry = await insertLogEntry(tx, {
          crisisId,
          kind: input.kind,
          text: input.text,
          decidedBy: input.decidedBy ?? actor.label,
          ...decisionColumns(input),
          classification: input.classification,
          sltShareable: input.sltShareable,
          recordedBy: actor.label,
        });
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
        await closeCrisis(tx, crisisId);
        await appendLog(tx, {
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
