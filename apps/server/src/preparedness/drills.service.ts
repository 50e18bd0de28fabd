import { can, drillsDue, HIGH_RISK_FROM_LEVEL, riskBand, type DrillKind } from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalidFields, notFound } from '../http/errors.ts';
import { holdsIn, resolvePlace } from './place.ts';
import {
  drillLabels,
  drillsOfCountry,
  findDrill,
  insertDrill,
  insertParticipants,
  levelDecisionsBy,
  listDrills,
  peopleOfCountry,
  stationsOfCountry,
  updateDrill,
  type DrillListFilter,
  type DrillRow,
} from './drills.queries.ts';
import type { DrillInput, DrillResultInput } from './drills.schema.ts';

const rank = (i: { overdue: boolean; daysOverdue: number | null }) =>
  i.overdue ? (i.daysOverdue ?? Number.MAX_SAFE_INTEGER) : -1;
const mayManage = (actor: RequestActor, d: { countryId: string; areaId: string | null }) =>
  can(actor, 'preparedness.manage', d);

async function present(ex: Executor, actor: RequestActor, rows: DrillRow[]) {
  const ids = rows.map((r) => r.id);
  const { names, stations, parts } = await drillLabels(ex, ids);
  return rows.map((d) => ({
    id: d.id,
    countryId: d.countryId,
    areaId: d.areaId,
    areaName: names.find((a) => a.id === d.areaId)?.name ?? null,
    dutyStationId: d.dutyStationId,
    dutyStationName: stations.find((s) => s.id === d.dutyStationId)?.name ?? null,
    kind: d.kind as DrillKind,
    scenario: d.scenario,
    scheduledOn: d.scheduledOn,
    status: d.status === 'done' ? ('done' as const) : ('scheduled' as const),
    heldOn: d.heldOn,
    startedAt: d.startedAt,
    endedAt: d.endedAt,
    durationMinutes:
      d.startedAt && d.endedAt
        ? Math.round((d.endedAt.getTime() - d.startedAt.getTime()) / 60_000)
        : null,
    participantCount: d.participantCount,
    participants: parts
      .filter((p) => p.drillId === d.id)
      .map((p) => ({ id: p.id, name: `${p.given} ${p.family}` })),
    findings: d.findings,
    followUpActions: d.followUpActions,
    abilities: { canEdit: mayManage(actor, d) },
  }));
}

export function createDrillService(db: Db) {
  async function one(actor: RequestActor, id: string) {
    const row = await findDrill(db, actor, id);
    if (!row) throw notFound('Drill');
    const [out] = await present(db, actor, [row]);
    if (!out) throw notFound('Drill');
    return out;
  }

  return {
    one,

    async list(actor: RequestActor, q: DrillListFilter) {
      const { rows, total } = await listDrills(db, actor, q);
      return {
        items: await present(db, actor, rows),
        page: q.page,
        pageSize: q.pageSize,
        total,
        abilities: {
          canCreate: q.countryId ? holdsIn(actor, 'preparedness.manage', q.countryId) : false,
        },
      };
    },

    async schedule(actor: RequestActor, input: DrillInput) {
      const place = await resolvePlace(db, input);
      if (!can(actor, 'preparedness.read', place)) throw notFound('Country');
      if (!mayManage(actor, place))
        throw forbidden('Only the DO or a security adviser schedule drills here');
      const id = await audited(db, actor, async (tx) => {
        const row = await insertDrill(tx, {
          ...input,
          areaId: place.areaId,
          dutyStationId: place.dutyStationId,
          recordedBy: actor.userId,
        });
        return {
          result: row.id,
          audit: {
            action: 'drill.schedule',
            entity: 'drill',
            entityId: row.id,
            countryId: row.countryId,
            after: row,
          },
        };
      });
      return one(actor, id);
    },

    /** Records how a drill went: times, participants, findings and follow-up actions. */
    async record(actor: RequestActor, id: string, input: DrillResultInput) {
      const before = await one(actor, id);
      if (!before.abilities.canEdit)
        throw forbidden('Only the DO or a security adviser record drills here');
      if (before.status === 'done') throw conflict('This drill was already recorded');
      const ids = [...new Set(input.participantIds)];
      const known = await peopleOfCountry(db, before.countryId, ids);
      const issues = input.participantIds.flatMap((pid, i) =>
        known.has(pid)
          ? []
          : [{ path: `participantIds.${i}`, message: 'unknown person in this country' }],
      );
      if (issues.length) throw invalidFields(issues);
      if (input.startedAt.slice(0, 10) > today())
        throw invalidFields([{ path: 'startedAt', message: 'must not be in the future' }]);
      await audited(db, actor, async (tx) => {
        const startedAt = new Date(input.startedAt);
        const row = await updateDrill(tx, id, {
          status: 'done',
          startedAt,
          endedAt: new Date(input.endedAt),
          heldOn: startedAt.toISOString().slice(0, 10),
          participantCount: ids.length,
          findings: input.findings,
          followUpActions: input.followUpActions,
        });
        if (!row) throw notFound('Drill');
        await insertParticipants(tx, id, ids);
        return {
          result: row,
          audit: {
            action: 'drill.record',
            entity: 'drill',
            entityId: id,
            countryId: row.countryId,
            before,
            after: { ...row, participantIds: ids },
          },
        };
      });
      return one(actor, id);
    },

    /**
     * Each duty station of a country and each drill its area's risk requires: when the last was
     * held, when the next is due, and whether it is overdue. A drill held at the station, for its
     * whole area or for the whole country counts for the station.
     */
    async due(actor: RequestActor, countryId: string, all: boolean) {
      const day = today();
      const stations = await stationsOfCountry(db, countryId);
      const visible = stations.filter((s) =>
        can(actor, 'preparedness.read', { countryId, areaId: s.areaId }),
      );
      if (visible.length === 0 && !can(actor, 'preparedness.read', { countryId }))
        throw notFound('Country');
      const [levels, rows] = await Promise.all([
        levelDecisionsBy(db, countryId, day),
        drillsOfCountry(db, countryId),
      ]);
      const items = visible.flatMap((s) => {
        const level =
          levels.find((l) => l.areaId === s.areaId)?.level ??
          levels.find((l) => l.areaId === null)?.level ??
          null;
        const band = riskBand(level);
        const covering = rows.filter(
          (d) =>
            d.dutyStationId === s.id ||
            (d.dutyStationId === null && (d.areaId === s.areaId || d.areaId === null)),
        );
        const held = covering.flatMap((d) =>
          d.status === 'done' && d.heldOn ? [{ kind: d.kind as DrillKind, heldOn: d.heldOn }] : [],
        );
        return drillsDue(band, held, day).map((due) => ({
          dutyStationId: s.id,
          dutyStationName: s.name,
          areaId: s.areaId,
          areaName: s.areaName,
          securityLevel: level,
          riskBand: band,
          ...due,
          nextScheduledOn:
            covering
              .filter(
                (d) => d.status === 'scheduled' && d.kind === due.kind && d.scheduledOn >= day,
              )
              .map((d) => d.scheduledOn)
              .sort()[0] ?? null,
        }));
      });
      const overdue = items.filter((i) => i.overdue);
      return {
        countryId,
        today: day,
        highRiskFromLevel: HIGH_RISK_FROM_LEVEL,
        overdueCount: overdue.length,
        // Never drilled first, then the longest overdue, then the rest.
        items: (all ? items : overdue).sort((a, b) => rank(b) - rank(a)),
      };
    },
  };
}

export type DrillService = ReturnType<typeof createDrillService>;
