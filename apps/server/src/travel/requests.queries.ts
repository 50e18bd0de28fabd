import type { Actor } from '@fieldsafe/core';
import {
  and,
  asc,
  desc,
  eq,
  exists,
  getTableColumns,
  inArray,
  ne,
  or,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import { scopeWhere, scopeWhereTemplate, type ScopeColumns } from '../access/scope-sql.ts';
import type { Db, Executor, Tx } from '../db/client.ts';
import { readPartsTemplate, rowPart, rowsPart, type Part, type PartsRead } from '../db/parts.ts';
import { today } from '../access/actor.ts';
import { people, travelLegs, travelRequests } from '../db/schema/index.ts';
import { placesOf, placesParts, type StateScope } from './travel.queries.ts';
import type { TravelListFilter } from './travel.schema.ts';

export type RequestRow = typeof travelRequests.$inferSelect;
export type LegRow = typeof travelLegs.$inferSelect;

/**
 * Who may see a request: the traveller, whoever filed it for them, and travel.read over the
 * traveller's home or a destination.
 */
function visibleWhere(actor: Actor) {
  return visibility(
    actor,
    (key) => key,
    (permission, columns) => scopeWhere(actor, permission, columns),
  );
}

/** Who may see a request, with placeholders for the actor's keys; its shape and values. */
function visibleWhereTemplate(actor: Actor) {
  const values: Record<string, string> = {};
  const shapes: string[] = [actor.personId ? 'me' : 'nobody'];
  const where = visibility(
    actor,
    (key) => {
      values.me = key;
      return sql.placeholder('me');
    },
    (permission, columns) => {
      const t = scopeWhereTemplate(actor, permission, columns, `s${shapes.length}_`);
      shapes.push(t.shape);
      Object.assign(values, t.values);
      return t.where;
    },
  );
  return { where, shape: shapes.join('|'), values };
}

function visibility(
  actor: Actor,
  me: (personId: string) => string | SQLWrapper,
  scoped: (permission: 'travel.read', columns: ScopeColumns) => SQL,
) {
  const own = actor.personId
    ? or(
        eq(travelRequests.personId, me(actor.personId)),
        eq(travelRequests.filedBy, me(actor.personId)),
      )
    : sql`false`;
  const home = scoped('travel.read', {
    countryId: travelRequests.countryId,
    areaId: travelRequests.areaId,
    zoneId: travelRequests.zoneId,
    organizationId: travelRequests.organizationId,
    personId: travelRequests.personId,
  });
  const destination = exists(
    sql`(select 1 from ${travelLegs} where ${travelLegs.requestId} = ${travelRequests.id} and (${scoped(
      'travel.read',
      { countryId: travelLegs.countryId, areaId: travelLegs.areaId },
    )}))`,
  );
  return or(own, home, destination);
}

const requestColumns = getTableColumns(travelRequests);
const legColumns = getTableColumns(travelLegs);
const fullName = sql<string>`${people.givenName} || ' ' || ${people.familyName}`;
const nameFields = { id: people.id, name: fullName };

/**
 * A request the actor may see (none outside their scope) with its legs, its places and the names
 * of its traveller and filer: the parts of one statement (`readParts`). The legs, places and
 * names are read whether or not the request is visible; the caller shows none of them when it
 * is not.
 */
function visibleRequestParts(visible: SQL | undefined, id: string | SQL) {
  const locations = sql`select ${travelLegs.locationId} from ${travelLegs} where ${travelLegs.requestId} = ${id}`;
  return {
    request: rowPart(
      requestColumns,
      sql`from ${travelRequests} where ${travelRequests.id} = ${id} and ${visible ?? sql`false`}`,
    ),
    requestLegs: rowsPart(
      legColumns,
      sql`from ${travelLegs} where ${travelLegs.requestId} = ${id}`,
      sql`${travelLegs.seq}`,
    ),
    names: rowsPart(
      nameFields,
      sql`from ${people} where ${people.id} in (
        select unnest(array[${travelRequests.personId}, ${travelRequests.filedBy}])
          from ${travelRequests} where ${travelRequests.id} = ${id})`,
    ),
    ...placesParts(locations),
  };
}

/**
 * The clearance state of a stored request, by subquery from its legs: its traveller, the places
 * and days of its legs (`clearanceStateParts`), read in the statement that reads the request.
 */
export function storedRequestScope(id: string | SQL, today: string | SQL): StateScope {
  const ofLegs = (column: SQLWrapper) =>
    sql`select ${column} from ${travelLegs} where ${travelLegs.requestId} = ${id}`;
  return {
    personId: sql`(select ${travelRequests.personId} from ${travelRequests} where ${travelRequests.id} = ${id})`,
    countryIds: ofLegs(travelLegs.countryId),
    locationIds: ofLegs(travelLegs.locationId),
    areaIds: ofLegs(travelLegs.areaId),
    firstDay: sql`(${ofLegs(sql`min(${travelLegs.arrivalOn})`)})`,
    lastDay: sql`(${ofLegs(sql`max(${travelLegs.departureOn})`)})`,
    today,
  };
}

/**
 * A request the actor may see with what its page shows, and `more` parts read in the same
 * statement (the approver's context); null when not visible.
 */
export async function findVisibleRequestPage<P extends Record<string, Part<unknown>>>(
  ex: Executor,
  actor: Actor,
  id: string,
  more: { name: string; parts: (scope: StateScope) => P },
) {
  // Built once per shape of the reader's scopes, then filled: the text is ten kilobytes.
  const visible = visibleWhereTemplate(actor);
  const build = () => {
    const idParam = sql`${sql.placeholder('id')}`;
    const scope = storedRequestScope(idParam, sql`${sql.placeholder('today')}`);
    return { ...more.parts(scope), ...visibleRequestParts(visible.where, idParam) };
  };
  const read: Record<string, unknown> = await readPartsTemplate(
    ex,
    `request-page:${more.name}:${visible.shape}`,
    build,
    { ...visible.values, id, today: today() },
  );
  const page = read as PartsRead<ReturnType<typeof visibleRequestParts>>;
  if (!page.request) return null;
  return {
    request: page.request,
    legs: page.requestLegs,
    places: placesOf(page),
    names: new Map(page.names.map((t) => [t.id, t.name])),
    more: read as PartsRead<P>,
  };
}

/** A request the actor may see (none outside their scope). */
export async function findVisibleRequest(
  ex: Executor,
  actor: Actor,
  id: string,
): Promise<RequestRow | undefined> {
  const [row] = await ex
    .select()
    .from(travelRequests)
    .where(and(eq(travelRequests.id, id), visibleWhere(actor)));
  return row;
}

/** The requests the actor may see, of a view (mine, the approval queue) and status, 200 at most. */
export function listVisibleRequests(
  ex: Executor,
  actor: Actor,
  filter: TravelListFilter,
): Promise<RequestRow[]> {
  const conditions: (SQL | undefined)[] = [visibleWhere(actor)];
  if (filter.view === 'mine')
    conditions.push(
      or(
        eq(travelRequests.personId, actor.personId ?? sql`null`),
        eq(travelRequests.filedBy, actor.personId ?? sql`null`),
      ),
    );
  if (filter.view === 'queue') {
    conditions.push(eq(travelRequests.status, 'pending'));
    conditions.push(
      exists(
        sql`(select 1 from ${travelLegs} where ${travelLegs.requestId} = ${travelRequests.id} and ${travelLegs.status} = 'pending' and (${scopeWhere(
          actor,
          'travel.approve',
          { countryId: travelLegs.countryId, areaId: travelLegs.areaId },
        )}))`,
      ),
    );
  }
  if (filter.status) conditions.push(eq(travelRequests.status, filter.status));
  return ex
    .select()
    .from(travelRequests)
    .where(and(...conditions))
    .orderBy(desc(travelRequests.startsOn), desc(travelRequests.createdAt))
    .limit(200);
}

/** The legs of some requests, in order. */
export function legsOfRequests(ex: Executor, requestIds: string[]): Promise<LegRow[]> {
  return ex
    .select()
    .from(travelLegs)
    .where(inArray(travelLegs.requestId, requestIds))
    .orderBy(asc(travelLegs.seq));
}

/** The legs of one request, in no particular order (the decision reads them all). */
export function legsToDecide(tx: Tx, requestId: string): Promise<LegRow[]> {
  return tx.select().from(travelLegs).where(eq(travelLegs.requestId, requestId));
}

/** The full names of some travellers. */
export function travellerNames(ex: Executor, personIds: string[]) {
  return ex
    .select({ id: people.id, name: fullName })
    .from(people)
    .where(inArray(people.id, personIds));
}

/** The full names of the traveller and of whoever filed for them. */
export function travellerName(ex: Executor, personId: string, filedBy: string | null = null) {
  return ex
    .select({ id: people.id, name: fullName })
    .from(people)
    .where(filedBy ? inArray(people.id, [personId, filedBy]) : eq(people.id, personId));
}

/**
 * The people someone else may file a clearance request for [004 ¶27]: active dependants whose
 * sponsor is the actor, and the active people of an organization in a country where the actor
 * holds `travel.file` (its representative or security officer). Scoped in the query.
 */
function filableWhere(actor: Actor) {
  const sponsored = actor.personId
    ? and(eq(people.kind, 'dependant'), eq(people.sponsorId, actor.personId))
    : undefined;
  const organization = scopeWhere(actor, 'travel.file', {
    organizationId: people.organizationId,
    countryId: people.countryId,
  });
  return and(eq(people.status, 'active'), or(sponsored, organization));
}

const filingColumns = {
  personId: people.id,
  name: fullName,
  kind: people.kind,
  sponsorId: people.sponsorId,
  organizationId: people.organizationId,
  countryId: people.countryId,
  status: people.status,
};

/** One person the actor may file for (not themselves), or nothing. */
export async function findFilableTraveller(ex: Executor, actor: Actor, personId: string) {
  const [row] = await ex
    .select(filingColumns)
    .from(people)
    .where(and(eq(people.id, personId), filableWhere(actor)));
  return row;
}

/** The people the actor may file for, by name, 50 at most, the actor left out. */
export function listFilableTravellers(ex: Executor, actor: Actor, q: string | undefined) {
  const term = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return ex
    .select(filingColumns)
    .from(people)
    .where(
      and(
        filableWhere(actor),
        actor.personId ? ne(people.id, actor.personId) : undefined,
        term ? sql`${fullName} ilike ${term}` : undefined,
      ),
    )
    .orderBy(asc(people.kind), asc(people.familyName), asc(people.givenName))
    .limit(50);
}

/** The statements that store a new request and its legs (written with its audit row as one). */
export function insertRequestStatements(db: Db, row: RequestRow, legs: LegRow[]): SQLWrapper[] {
  return [db.insert(travelRequests).values(row), db.insert(travelLegs).values(legs)];
}

export async function decideLegs(
  tx: Tx,
  ids: string[],
  set: {
    status: string;
    decidedBy: string | null;
    decidedAt: Date;
    comment: string | null;
    updatedAt: Date;
  },
): Promise<void> {
  await tx.update(travelLegs).set(set).where(inArray(travelLegs.id, ids));
}

export async function cancelLegs(tx: Tx, requestId: string): Promise<void> {
  await tx
    .update(travelLegs)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(eq(travelLegs.requestId, requestId));
}

export async function updateRequest(
  tx: Tx,
  id: string,
  set: Partial<typeof travelRequests.$inferInsert>,
): Promise<RequestRow | undefined> {
  const [row] = await tx
    .update(travelRequests)
    .set(set)
    .where(eq(travelRequests.id, id))
    .returning();
  return row;
}
