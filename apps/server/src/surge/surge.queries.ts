import type { Actor } from '@fieldsafe/core';
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
import type { Executor, Tx } from '../db/client.ts';
import { findById } from '../db/by-id.queries.ts';
import {
  areas,
  countries,
  organizations,
  people,
  surgeDeployments,
  surgeRequests,
  surgeRoster,
} from '../db/schema/index.ts';

export type RosterRow = typeof surgeRoster.$inferSelect;
export type RequestRow = typeof surgeRequests.$inferSelect;
export type DeploymentRow = typeof surgeDeployments.$inferSelect;
type RosterInsert = typeof surgeRoster.$inferInsert;
type RequestInsert = typeof surgeRequests.$inferInsert;
type DeploymentInsert = typeof surgeDeployments.$inferInsert;

// ---- Roster ----

/** The names and organization codes of some people. */
export function officerNames(ex: Executor, personIds: string[]) {
  return ex
    .select({
      id: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      code: organizations.code,
    })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(inArray(people.id, personIds));
}

/** Which of these roster officers are deployed on `day`. */
export function deployedOn(ex: Executor, rosterIds: string[], day: string) {
  return ex
    .select({ rosterId: surgeDeployments.rosterId })
    .from(surgeDeployments)
    .where(
      and(
        inArray(surgeDeployments.rosterId, rosterIds),
        lte(surgeDeployments.startDate, day),
        or(isNull(surgeDeployments.endOn), gte(surgeDeployments.endOn, day)),
      ),
    );
}

const rosterScope = (actor: Actor) =>
  scopeWhere(actor, 'surge.read', {
    countryId: surgeRoster.countryId,
    organizationId: surgeRoster.organizationId,
    personId: surgeRoster.personId,
  });

/** A roster officer the actor may see (none outside their scope). */
export async function findVisibleOfficer(
  ex: Executor,
  actor: Actor,
  id: string,
): Promise<RosterRow | undefined> {
  const [row] = await ex
    .select()
    .from(surgeRoster)
    .where(and(eq(surgeRoster.id, id), rosterScope(actor)));
  return row;
}

export function findOfficer(ex: Executor, id: string): Promise<RosterRow | undefined> {
  return findById(ex, surgeRoster, id);
}

export function officersByIds(ex: Executor, ids: string[]): Promise<RosterRow[]> {
  return ex.select().from(surgeRoster).where(inArray(surgeRoster.id, ids));
}

export interface RosterFilter {
  page: number;
  pageSize: number;
  status?: string;
  language?: string;
}

/** A page of the roster the actor may see, by name, with the total. */
export async function listRoster(ex: Executor, actor: Actor, f: RosterFilter, day: string) {
  const conditions: (SQL | undefined)[] = [rosterScope(actor)];
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
    ex
      .select({ r: surgeRoster })
      .from(surgeRoster)
      .innerJoin(people, eq(people.id, surgeRoster.personId))
      .where(where)
      .orderBy(people.familyName, people.givenName, surgeRoster.id)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    ex.select({ n: count() }).from(surgeRoster).where(where),
  ]);
  return { rows: rows.map((x) => x.r), total: total?.n ?? 0 };
}

export function findPerson(ex: Executor, id: string) {
  return findById(ex, people, id);
}

/** The roster entry of a person, if they are on the roster. */
export async function rosterEntryOf(ex: Executor, personId: string) {
  const [row] = await ex
    .select({ id: surgeRoster.id })
    .from(surgeRoster)
    .where(eq(surgeRoster.personId, personId));
  return row;
}

export async function insertOfficer(tx: Tx, values: RosterInsert) {
  const [row] = await tx.insert(surgeRoster).values(values).returning();
  return row;
}

export async function updateOfficer(tx: Tx, id: string, set: Partial<RosterInsert>) {
  const [row] = await tx.update(surgeRoster).set(set).where(eq(surgeRoster.id, id)).returning();
  return row;
}

/** Locks an officer's roster row, so two deployments of them cannot both pass the checks. */
export async function lockOfficer(tx: Tx, id: string): Promise<void> {
  await tx.execute(sql`select id from ${surgeRoster} where id = ${id} for update`);
}

// ---- Requests ----

/** A surge request the actor may see (none outside their scope). */
export async function findVisibleRequest(
  ex: Executor,
  actor: Actor,
  id: string,
): Promise<RequestRow | undefined> {
  const [row] = await ex
    .select()
    .from(surgeRequests)
    .where(
      and(
        eq(surgeRequests.id, id),
        scopeWhere(actor, 'surge.read', { countryId: surgeRequests.countryId }),
      ),
    );
  return row;
}

export function findRequest(ex: Executor, id: string): Promise<RequestRow | undefined> {
  return findById(ex, surgeRequests, id);
}

export interface RequestFilter {
  page: number;
  pageSize: number;
  countryId?: string;
  status?: string;
  reason?: string;
}

/** A page of the requests the actor may see, newest first, with the total. */
export async function listRequests(ex: Executor, actor: Actor, f: RequestFilter) {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(actor, 'surge.read', { countryId: surgeRequests.countryId }),
  ];
  if (f.countryId) conditions.push(eq(surgeRequests.countryId, f.countryId));
  if (f.status) conditions.push(eq(surgeRequests.status, f.status));
  if (f.reason) conditions.push(eq(surgeRequests.reason, f.reason));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    ex
      .select()
      .from(surgeRequests)
      .where(where)
      .orderBy(desc(surgeRequests.requestedAt), surgeRequests.id)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    ex.select({ n: count() }).from(surgeRequests).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The English names of some countries and the names of some areas (none asked: none read). */
export async function placeNames(ex: Executor, countryIds: string[], areaIds: string[]) {
  const [countryRows, areaRows] = await Promise.all([
    ex
      .select({ id: countries.id, name: countries.nameEn })
      .from(countries)
      .where(inArray(countries.id, countryIds)),
    areaIds.length
      ? ex.select({ id: areas.id, name: areas.name }).from(areas).where(inArray(areas.id, areaIds))
      : Promise.resolve([]),
  ]);
  return { countryRows, areaRows };
}

export function findCountry(ex: Executor, id: string) {
  return findById(ex, countries, id);
}

export function findArea(ex: Executor, id: string) {
  return findById(ex, areas, id);
}

export async function insertRequest(tx: Tx, values: RequestInsert) {
  const [row] = await tx.insert(surgeRequests).values(values).returning();
  return row;
}

export async function updateRequest(ex: Executor, id: string, set: Partial<RequestInsert>) {
  await ex.update(surgeRequests).set(set).where(eq(surgeRequests.id, id));
}

// ---- Deployments ----

/** The deployments of some requests, by arrival. */
export function deploymentsOfRequests(ex: Executor, requestIds: string[]) {
  return ex
    .select()
    .from(surgeDeployments)
    .where(inArray(surgeDeployments.requestId, requestIds))
    .orderBy(surgeDeployments.startAt);
}

export function deploymentsOfOfficer(ex: Executor, rosterId: string): Promise<DeploymentRow[]> {
  return ex.select().from(surgeDeployments).where(eq(surgeDeployments.rosterId, rosterId));
}

export async function countDeployments(ex: Executor, requestId: string): Promise<number> {
  const [n] = await ex
    .select({ n: count() })
    .from(surgeDeployments)
    .where(eq(surgeDeployments.requestId, requestId));
  return n?.n ?? 0;
}

/** A deployment the actor may see (none outside their scope). */
export async function findVisibleDeployment(
  ex: Executor,
  actor: Actor,
  id: string,
): Promise<DeploymentRow | undefined> {
  const [row] = await ex
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
  return row;
}

export async function insertDeployment(tx: Tx, values: DeploymentInsert) {
  const [row] = await tx.insert(surgeDeployments).values(values).returning();
  return row;
}

export async function updateDeployment(tx: Tx, id: string, set: Partial<DeploymentInsert>) {
  const [row] = await tx
    .update(surgeDeployments)
    .set(set)
    .where(eq(surgeDeployments.id, id))
    .returning();
  return row;
}

// ---- Statistics ----

/** The deployments the actor may see that started in a year, with their request's reason. */
export function deploymentsOfYear(
  ex: Executor,
  actor: Actor,
  f: { year: number; countryId?: string },
) {
  return ex
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
}
