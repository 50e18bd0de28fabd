import {
  can,
  deploymentDays,
  launchedWithinTarget,
  launchHours,
  periodsOverlap,
  requestStatusAfter,
  rosterStatus,
  surgeStatistics,
  visaDelayDays,
  type RosterAvailability,
  type SurgeReason,
  type SurgeRequestStatus,
} from '@fieldsafe/core';
import {
  and,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import {
  areas,
  countries,
  organizations,
  people,
  surgeDeployments,
  surgeRequests,
  surgeRoster,
} from '../db/schema/index.ts';
import { conflict, forbidden, invalid, notFound } from '../http/errors.ts';
import type { DeploymentInput, RequestInput, RosterInput } from './surge.schema.ts';

type RosterRow = typeof surgeRoster.$inferSelect;
type RequestRow = typeof surgeRequests.$inferSelect;
type DeploymentRow = typeof surgeDeployments.$inferSelect;

const utcDate = (d: Date) => d.toISOString().slice(0, 10);

/** Deployment facts computed by core: days, launch within 24 h, visa delay. */
function present(
  d: DeploymentRow,
  request: Pick<RequestRow, 'requestedAt'>,
  officer: { name: string; organizationCode: string },
  day: string,
) {
  return {
    id: d.id,
    requestId: d.requestId,
    rosterId: d.rosterId,
    officerName: officer.name,
    organizationCode: officer.organizationCode,
    countryId: d.countryId,
    startAt: d.startAt,
    startDate: d.startDate,
    endOn: d.endOn,
    days: deploymentDays(d.startDate, d.endOn, day),
    costUsd: d.costUsd,
    visaNeeded: d.visaNeeded,
    visaRequestedOn: d.visaRequestedOn,
    visaObtainedOn: d.visaObtainedOn,
    visaDelayDays: visaDelayDays(d.visaNeeded, d.visaRequestedOn, d.visaObtainedOn),
    launchHours: launchHours(request.requestedAt, d.startAt),
    launchedWithin24h: launchedWithinTarget(request.requestedAt, d.startAt),
    notes: d.notes,
  };
}

/** Roster officers with their name, organization code and whether deployed today. */
async function officersOf(ex: Executor, rows: RosterRow[], day: string) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [names, busy] = await Promise.all([
    ex
      .select({
        id: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        code: organizations.code,
      })
      .from(people)
      .innerJoin(organizations, eq(organizations.id, people.organizationId))
      .where(
        inArray(
          people.id,
          rows.map((r) => r.personId),
        ),
      ),
    ex
      .select({ rosterId: surgeDeployments.rosterId })
      .from(surgeDeployments)
      .where(
        and(
          inArray(surgeDeployments.rosterId, ids),
          lte(surgeDeployments.startDate, day),
          or(isNull(surgeDeployments.endOn), gte(surgeDeployments.endOn, day)),
        ),
      ),
  ]);
  const byPerson = new Map(names.map((n) => [n.id, n]));
  const deployed = new Set(busy.map((b) => b.rosterId));
  return rows.map((r) => {
    const n = byPerson.get(r.personId);
    return {
      id: r.id,
      personId: r.personId,
      name: n ? `${n.givenName} ${n.familyName}` : '',
      organizationId: r.organizationId,
      organizationCode: n?.code ?? '',
      countryId: r.countryId,
      gradeRole: r.gradeRole,
      languages: r.languages,
      availableFrom: r.availableFrom,
      availableUntil: r.availableUntil,
      availability: r.availability,
      status: rosterStatus(r.availability as RosterAvailability, deployed.has(r.id)),
      notes: r.notes,
    };
  });
}

/**
 * Surge deployments (SPEC §7): the roster of deployable officers, requests from countries,
 * deployments with launch time, days, cost and visa delay, and statistics by reason.
 * Headquarters (`surge.manage`) keeps the roster and deploys; the DO/CSA of a country
 * (`surge.request`) asks for surge and sees its deployments (`surge.read`).
 */
export function createSurgeService(db: Db) {
  const assertManage = (
    actor: RequestActor,
    keys: { countryId?: string; organizationId?: string },
  ) => {
    if (!can(actor, 'surge.manage', keys))
      throw forbidden('Only headquarters manages the surge roster and deployments');
  };

  // Scoped finders: a record outside the actor's scope is never loaded (404, not 403).
  async function requestRow(actor: RequestActor, id: string) {
    const [row] = await db
      .select()
      .from(surgeRequests)
      .where(
        and(
          eq(surgeRequests.id, id),
          scopeWhere(actor, 'surge.read', { countryId: surgeRequests.countryId }),
        ),
      );
    if (!row) throw notFound('Surge request');
    return row;
  }

  async function hydrate(actor: RequestActor, rows: RequestRow[]) {
    if (rows.length === 0) return [];
    const day = today();
    const deployments = await db
      .select()
      .from(surgeDeployments)
      .where(
        inArray(
          surgeDeployments.requestId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(surgeDeployments.startAt);
    const rosterIds = [...new Set(deployments.map((d) => d.rosterId))];
    const officers = rosterIds.length
      ? await officersOf(
          db,
          await db.select().from(surgeRoster).where(inArray(surgeRoster.id, rosterIds)),
          day,
        )
      : [];
    const officerById = new Map(officers.map((o) => [o.id, o]));
    const placeIds = rows.map((r) => r.countryId);
    const areaIds = rows.flatMap((r) => (r.areaId ? [r.areaId] : []));
    const [countryRows, areaRows] = await Promise.all([
      db
        .select({ id: countries.id, name: countries.nameEn })
        .from(countries)
        .where(inArray(countries.id, placeIds)),
      areaIds.length
        ? db
            .select({ id: areas.id, name: areas.name })
            .from(areas)
            .where(inArray(areas.id, areaIds))
        : Promise.resolve([]),
    ]);
    const countryName = new Map(countryRows.map((c) => [c.id, c.name]));
    const areaName = new Map(areaRows.map((a) => [a.id, a.name]));
    return rows.map((r) => ({
      id: r.id,
      countryId: r.countryId,
      countryName: countryName.get(r.countryId) ?? '',
      areaId: r.areaId,
      areaName: r.areaId ? (areaName.get(r.areaId) ?? null) : null,
      reason: r.reason as SurgeReason,
      requestedBy: r.requestedBy,
      requestedAt: r.requestedAt,
      officersNeeded: r.officersNeeded,
      neededFrom: r.neededFrom,
      expectedDays: r.expectedDays,
      status: r.status as SurgeRequestStatus,
      notes: r.notes,
      deployments: deployments
        .filter((d) => d.requestId === r.id)
        .map((d) =>
          present(d, r, officerById.get(d.rosterId) ?? { name: '', organizationCode: '' }, day),
        ),
      abilities: {
        canEdit:
          can(actor, 'surge.manage', { countryId: r.countryId }) ||
          can(actor, 'surge.request', { countryId: r.countryId }),
        canDeploy: can(actor, 'surge.manage', { countryId: r.countryId }),
      },
    }));
  }

  async function request(actor: RequestActor, id: string) {
    const [one] = await hydrate(actor, [await requestRow(actor, id)]);
    if (!one) throw notFound('Surge request');
    return one;
  }

  async function rosterRow(actor: RequestActor, id: string) {
    const [row] = await db
      .select()
      .from(surgeRoster)
      .where(
        and(
          eq(surgeRoster.id, id),
          scopeWhere(actor, 'surge.read', {
            countryId: surgeRoster.countryId,
            organizationId: surgeRoster.organizationId,
            personId: surgeRoster.personId,
          }),
        ),
      );
    if (!row) throw notFound('Roster officer');
    return row;
  }

  async function officer(actor: RequestActor, id: string) {
    const [one] = await officersOf(db, [await rosterRow(actor, id)], today());
    if (!one) throw notFound('Roster officer');
    return one;
  }

  function checkAvailability(input: { availableFrom?: string; availableUntil?: string | null }) {
    if (input.availableFrom && input.availableUntil && input.availableUntil < input.availableFrom)
      throw invalid('availableUntil', 'must be on or after availableFrom');
  }

  function checkDeployment(d: {
    startDate: string;
    endOn: string | null;
    visaNeeded: boolean;
    visaRequestedOn: string | null;
    visaObtainedOn: string | null;
  }) {
    if (d.endOn !== null && d.endOn < d.startDate)
      throw invalid('endOn', 'must be on or after the arrival date');
    if (!d.visaNeeded && (d.visaRequestedOn || d.visaObtainedOn))
      throw invalid('visaNeeded', 'must be true when visa dates are given');
    if (d.visaObtainedOn && !d.visaRequestedOn)
      throw invalid('visaRequestedOn', 'is required when visaObtainedOn is given');
    if (d.visaObtainedOn && d.visaRequestedOn && d.visaObtainedOn < d.visaRequestedOn)
      throw invalid('visaObtainedOn', 'must be on or after visaRequestedOn');
  }

  /** Refuses (409) a deployment of an officer already deployed over overlapping dates. */
  async function assertFree(
    ex: Executor,
    rosterId: string,
    period: { from: string; until: string | null },
    exceptId: string | null,
  ) {
    const others = await ex
      .select()
      .from(surgeDeployments)
      .where(eq(surgeDeployments.rosterId, rosterId));
    const clash = others.find(
      (o) => o.id !== exceptId && periodsOverlap(period, { from: o.startDate, until: o.endOn }),
    );
    if (clash)
      throw conflict(
        `The officer is already deployed from ${clash.startDate} to ${clash.endOn ?? 'open end'}`,
        [{ path: 'rosterId', message: 'already deployed over overlapping dates' }],
      );
  }

  /** Keeps the request's status in line with its deployments. */
  async function restatus(ex: Executor, requestId: string) {
    const [r] = await ex.select().from(surgeRequests).where(eq(surgeRequests.id, requestId));
    if (!r) return;
    const [n] = await ex
      .select({ n: count() })
      .from(surgeDeployments)
      .where(eq(surgeDeployments.requestId, requestId));
    const next = requestStatusAfter(r.status as SurgeRequestStatus, r.officersNeeded, n?.n ?? 0);
    if (next !== r.status)
      await ex
        .update(surgeRequests)
        .set({ status: next, updatedAt: new Date() })
        .where(eq(surgeRequests.id, requestId));
  }

  return {
    request,
    officer,

    async roster(
      actor: RequestActor,
      f: { page: number; pageSize: number; status?: string; language?: string },
    ) {
      const day = today();
      const conditions: (SQL | undefined)[] = [
        scopeWhere(actor, 'surge.read', {
          countryId: surgeRoster.countryId,
          organizationId: surgeRoster.organizationId,
          personId: surgeRoster.personId,
        }),
      ];
      const deployedNow = sql`exists (select 1 from ${surgeDeployments} d where d.roster_id = ${surgeRoster.id} and d.start_date <= ${day} and (d.end_on is null or d.end_on >= ${day}))`;
      if (f.status === 'deployed') conditions.push(deployedNow);
      if (f.status === 'available')
        conditions.push(and(eq(surgeRoster.availability, 'available'), sql`not ${deployedNow}`));
      if (f.status === 'unavailable')
        conditions.push(and(eq(surgeRoster.availability, 'unavailable'), sql`not ${deployedNow}`));
      if (f.language)
        conditions.push(
          sql`exists (select 1 from jsonb_array_elements_text(${surgeRoster.languages}) l where lower(l) = lower(${f.language}))`,
        );
      const where = and(...conditions);
      const [rows, [total]] = await Promise.all([
        db
          .select({ r: surgeRoster })
          .from(surgeRoster)
          .innerJoin(people, eq(people.id, surgeRoster.personId))
          .where(where)
          .orderBy(people.familyName, people.givenName, surgeRoster.id)
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize),
        db.select({ n: count() }).from(surgeRoster).where(where),
      ]);
      return {
        items: await officersOf(
          db,
          rows.map((x) => x.r),
          day,
        ),
        page: f.page,
        pageSize: f.pageSize,
        total: total?.n ?? 0,
        abilities: { canManage: can(actor, 'surge.manage', {}) },
      };
    },

    async addOfficer(actor: RequestActor, input: RosterInput) {
      const [person] = await db.select().from(people).where(eq(people.id, input.personId));
      if (!person) throw invalid('personId', 'unknown person');
      assertManage(actor, { countryId: person.countryId, organizationId: person.organizationId });
      checkAvailability(input);
      const [dup] = await db
        .select({ id: surgeRoster.id })
        .from(surgeRoster)
        .where(eq(surgeRoster.personId, input.personId));
      if (dup)
        throw conflict('This person is already on the surge roster', [
          { path: 'personId', message: 'already on the roster' },
        ]);
      const id = await audited(db, actor, async (tx) => {
        const [row] = await tx
          .insert(surgeRoster)
          .values({
            ...input,
            organizationId: person.organizationId,
            countryId: person.countryId,
          })
          .returning();
        if (!row) throw new Error('roster officer not created');
        return {
          result: row.id,
          audit: {
            action: 'surge_roster.add',
            entity: 'surge_roster',
            entityId: row.id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
      return officer(actor, id);
    },

    async updateOfficer(
      actor: RequestActor,
      id: string,
      patch: Partial<Omit<RosterInput, 'personId'>>,
    ) {
      const before = await rosterRow(actor, id);
      assertManage(actor, { countryId: before.countryId, organizationId: before.organizationId });
      checkAvailability({
        availableFrom: patch.availableFrom ?? before.availableFrom,
        availableUntil:
          patch.availableUntil === undefined ? before.availableUntil : patch.availableUntil,
      });
      await audited(db, actor, async (tx) => {
        const [row] = await tx
          .update(surgeRoster)
          .set({ ...patch, updatedAt: new Date() })
          .where(eq(surgeRoster.id, id))
          .returning();
        if (!row) throw notFound('Roster officer');
        return {
          result: row.id,
          audit: {
            action: 'surge_roster.update',
            entity: 'surge_roster',
            entityId: id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before,
            after: row,
          },
        };
      });
      return officer(actor, id);
    },

    async requests(
      actor: RequestActor,
      f: {
        page: number;
        pageSize: number;
        countryId?: string;
        status?: string;
        reason?: string;
      },
    ) {
      const conditions: (SQL | undefined)[] = [
        scopeWhere(actor, 'surge.read', { countryId: surgeRequests.countryId }),
      ];
      if (f.countryId) conditions.push(eq(surgeRequests.countryId, f.countryId));
      if (f.status) conditions.push(eq(surgeRequests.status, f.status));
      if (f.reason) conditions.push(eq(surgeRequests.reason, f.reason));
      const where = and(...conditions);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(surgeRequests)
          .where(where)
          .orderBy(desc(surgeRequests.requestedAt), surgeRequests.id)
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize),
        db.select({ n: count() }).from(surgeRequests).where(where),
      ]);
      return {
        items: await hydrate(actor, rows),
        page: f.page,
        pageSize: f.pageSize,
        total: total?.n ?? 0,
        abilities: { canManage: can(actor, 'surge.manage', {}) },
      };
    },

    async createRequest(actor: RequestActor, input: RequestInput) {
      const [country] = await db.select().from(countries).where(eq(countries.id, input.countryId));
      if (!country) throw invalid('countryId', 'unknown country');
      const allowed =
        can(actor, 'surge.manage', { countryId: input.countryId }) ||
        can(actor, 'surge.request', { countryId: input.countryId });
      if (!allowed)
        throw forbidden('Only the DO, CSA or headquarters may request surge for this country');
      if (input.areaId) {
        const [area] = await db.select().from(areas).where(eq(areas.id, input.areaId));
        if (!area || area.countryId !== input.countryId)
          throw invalid('areaId', 'is not an area of this country');
      }
      const requestedAt = input.requestedAt ? new Date(input.requestedAt) : new Date();
      const id = await audited(db, actor, async (tx) => {
        const [row] = await tx
          .insert(surgeRequests)
          .values({ ...input, requestedAt, status: 'open', createdBy: actor.userId })
          .returning();
        if (!row) throw new Error('surge request not created');
        return {
          result: row.id,
          audit: {
            action: 'surge_request.create',
            entity: 'surge_request',
            entityId: row.id,
            countryId: row.countryId,
            after: row,
          },
        };
      });
      return request(actor, id);
    },

    async updateRequest(
      actor: RequestActor,
      id: string,
      patch: Partial<{
        officersNeeded: number;
        expectedDays: number;
        neededFrom: string;
        notes: string | null;
        status: 'closed' | 'cancelled' | 'open';
      }>,
    ) {
      const before = await requestRow(actor, id);
      const manage = can(actor, 'surge.manage', { countryId: before.countryId });
      if (!manage && !can(actor, 'surge.request', { countryId: before.countryId }))
        throw forbidden('You may not change this surge request');
      if (patch.status === 'closed' && !manage)
        throw forbidden('Only headquarters closes a surge request');
      await audited(db, actor, async (tx) => {
        const { status, ...rest } = patch;
        // Reopening puts the request back to the status its deployments give it.
        const set: Partial<RequestRow> = { ...rest, updatedAt: new Date() };
        if (status) set.status = status;
        await tx.update(surgeRequests).set(set).where(eq(surgeRequests.id, id));
        await restatus(tx, id);
        const [row] = await tx.select().from(surgeRequests).where(eq(surgeRequests.id, id));
        return {
          result: id,
          audit: {
            action: 'surge_request.update',
            entity: 'surge_request',
            entityId: id,
            countryId: before.countryId,
            before,
            after: row,
          },
        };
      });
      return request(actor, id);
    },

    async deploy(actor: RequestActor, requestId: string, input: DeploymentInput) {
      const req = await requestRow(actor, requestId);
      assertManage(actor, { countryId: req.countryId });
      if (req.status === 'closed' || req.status === 'cancelled')
        throw conflict(`The surge request is ${req.status}`);
      const [officerRow] = await db
        .select()
        .from(surgeRoster)
        .where(eq(surgeRoster.id, input.rosterId));
      if (!officerRow) throw invalid('rosterId', 'unknown roster officer');
      const startAt = new Date(input.startAt);
      const startDate = utcDate(startAt);
      checkDeployment({ ...input, startDate });
      if (officerRow.availability === 'unavailable')
        throw conflict('The officer is marked unavailable', [
          { path: 'rosterId', message: 'officer unavailable' },
        ]);
      if (
        startDate < officerRow.availableFrom ||
        (officerRow.availableUntil !== null && startDate > officerRow.availableUntil)
      )
        throw conflict('The officer is not available on the arrival date', [
          { path: 'startAt', message: 'outside the officer’s availability' },
        ]);
      const id = await audited(db, actor, async (tx) => {
        // Serialise deployments of one officer so two concurrent ones cannot both pass the check.
        await tx.execute(sql`select id from ${surgeRoster} where id = ${officerRow.id} for update`);
        await assertFree(tx, officerRow.id, { from: startDate, until: input.endOn }, null);
        const [row] = await tx
          .insert(surgeDeployments)
          .values({
            ...input,
            requestId,
            startAt,
            startDate,
            countryId: req.countryId,
            organizationId: officerRow.organizationId,
            createdBy: actor.userId,
          })
          .returning();
        if (!row) throw new Error('deployment not created');
        await restatus(tx, requestId);
        return {
          result: row.id,
          audit: {
            action: 'surge_deployment.create',
            entity: 'surge_deployment',
            entityId: row.id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
      const full = await request(actor, requestId);
      const made = full.deployments.find((d) => d.id === id);
      if (!made) throw notFound('Deployment');
      return made;
    },

    async updateDeployment(
      actor: RequestActor,
      id: string,
      patch: Partial<Omit<DeploymentInput, 'rosterId'>>,
    ) {
      const [before] = await db
        .select()
        .from(surgeDeployments)
        .where(
          and(
            eq(surgeDeployments.id, id),
            scopeWhere(actor, 'surge.read', {
              countryId: surgeDeployments.countryId,
              organizationId: surgeDeployments.organizationId,
            }),
          ),
        );
      if (!before) throw notFound('Deployment');
      assertManage(actor, { countryId: before.countryId });
      const startAt = patch.startAt ? new Date(patch.startAt) : before.startAt;
      const merged = {
        startDate: utcDate(startAt),
        endOn: patch.endOn === undefined ? before.endOn : patch.endOn,
        visaNeeded: patch.visaNeeded ?? before.visaNeeded,
        visaRequestedOn:
          patch.visaRequestedOn === undefined ? before.visaRequestedOn : patch.visaRequestedOn,
        visaObtainedOn:
          patch.visaObtainedOn === undefined ? before.visaObtainedOn : patch.visaObtainedOn,
      };
      checkDeployment(merged);
      await audited(db, actor, async (tx) => {
        await tx.execute(
          sql`select id from ${surgeRoster} where id = ${before.rosterId} for update`,
        );
        await assertFree(tx, before.rosterId, { from: merged.startDate, until: merged.endOn }, id);
        const [row] = await tx
          .update(surgeDeployments)
          .set({ ...patch, ...merged, startAt, updatedAt: new Date() })
          .where(eq(surgeDeployments.id, id))
          .returning();
        return {
          result: id,
          audit: {
            action: 'surge_deployment.update',
            entity: 'surge_deployment',
            entityId: id,
            countryId: before.countryId,
            organizationId: before.organizationId,
            before,
            after: row,
          },
        };
      });
      const full = await request(actor, before.requestId);
      const made = full.deployments.find((d) => d.id === id);
      if (!made) throw notFound('Deployment');
      return made;
    },

    /** Statistics by reason of the deployments that started in a year (optionally one country). */
    async statistics(actor: RequestActor, f: { year: number; countryId?: string }) {
      const rows = await db
        .select({
          d: surgeDeployments,
          reason: surgeRequests.reason,
          requestedAt: surgeRequests.requestedAt,
        })
        .from(surgeDeployments)
        .innerJoin(surgeRequests, eq(surgeRequests.id, surgeDeployments.requestId))
        .where(
          and(
            scopeWhere(actor, 'surge.read', {
              countryId: surgeDeployments.countryId,
              organizationId: surgeDeployments.organizationId,
            }),
            gte(surgeDeployments.startDate, `${f.year}-01-01`),
            lt(surgeDeployments.startDate, `${f.year + 1}-01-01`),
            f.countryId ? eq(surgeDeployments.countryId, f.countryId) : undefined,
          ),
        );
      const day = today();
      const stats = surgeStatistics(
        rows.map(({ d, reason, requestedAt }) => ({
          reason: reason as SurgeReason,
          days: deploymentDays(d.startDate, d.endOn, day),
          costUsd: d.costUsd,
          launchedWithin24h: launchedWithinTarget(requestedAt, d.startAt),
          visaDelayDays: visaDelayDays(d.visaNeeded, d.visaRequestedOn, d.visaObtainedOn),
        })),
      );
      return { year: f.year, countryId: f.countryId ?? null, ...stats };
    },
  };
}

export type SurgeService = ReturnType<typeof createSurgeService>;
