import type { Actor } from '@fieldsafe/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor, Tx } from '../db/client.ts';
import { findById } from '../db/by-id.queries.ts';
import {
  dutyStations,
  mossAdoptions,
  mossStatuses,
  organizations,
  people,
} from '../db/schema/index.ts';

type AdoptionInsert = typeof mossAdoptions.$inferInsert;
type StatusInsert = typeof mossStatuses.$inferInsert;

export interface StatusFilter {
  dutyStationId?: string | undefined;
  organizationId?: string | undefined;
}

export function adoptionsOf(ex: Executor, countryId: string) {
  return ex.select().from(mossAdoptions).where(eq(mossAdoptions.countryId, countryId));
}

/**
 * The duty station × organization pairs with active personnel in the country, and the statuses
 * recorded there, within the actor's scope.
 */
export function presentAndRecorded(ex: Executor, actor: Actor, countryId: string, f: StatusFilter) {
  return Promise.all([
    ex
      .selectDistinct({
        dutyStationId: people.dutyStationId,
        areaId: people.areaId,
        organizationId: people.organizationId,
      })
      .from(people)
      .where(
        and(
          eq(people.countryId, countryId),
          eq(people.status, 'active'),
          eq(people.kind, 'personnel'),
          f.dutyStationId ? eq(people.dutyStationId, f.dutyStationId) : undefined,
          f.organizationId ? eq(people.organizationId, f.organizationId) : undefined,
          scopeWhere(actor, 'moss.read', {
            countryId: people.countryId,
            areaId: people.areaId,
            organizationId: people.organizationId,
          }),
        ),
      ),
    ex
      .select()
      .from(mossStatuses)
      .where(
        and(
          eq(mossStatuses.countryId, countryId),
          f.dutyStationId ? eq(mossStatuses.dutyStationId, f.dutyStationId) : undefined,
          f.organizationId ? eq(mossStatuses.organizationId, f.organizationId) : undefined,
          scopeWhere(actor, 'moss.read', {
            countryId: mossStatuses.countryId,
            areaId: mossStatuses.areaId,
            organizationId: mossStatuses.organizationId,
          }),
        ),
      ),
  ]);
}

/** The country's duty stations and every organization's code. */
export function stationsAndOrganizations(ex: Executor, countryId: string) {
  return Promise.all([
    ex.select().from(dutyStations).where(eq(dutyStations.countryId, countryId)),
    ex.select({ id: organizations.id, code: organizations.code }).from(organizations),
  ]);
}

/** Records adoption decisions, replacing earlier decisions on the same measures. */
export function upsertAdoptions(tx: Tx, values: AdoptionInsert[]) {
  return tx
    .insert(mossAdoptions)
    .values(values)
    .onConflictDoUpdate({
      target: [mossAdoptions.countryId, mossAdoptions.measureCode],
      set: {
        applies: sql`excluded.applies`,
        justification: sql`excluded.justification`,
        decidedOn: sql`excluded.decided_on`,
        decidedBy: sql`excluded.decided_by`,
        recordedBy: sql`excluded.recorded_by`,
        updatedAt: new Date(),
      },
    })
    .returning();
}

export function findStation(ex: Executor, id: string) {
  return findById(ex, dutyStations, id);
}

export async function findAdoption(ex: Executor, countryId: string, measureCode: string) {
  const [row] = await ex
    .select()
    .from(mossAdoptions)
    .where(and(eq(mossAdoptions.countryId, countryId), eq(mossAdoptions.measureCode, measureCode)));
  return row;
}

export async function findStatus(
  tx: Tx,
  k: { dutyStationId: string; organizationId: string; measureCode: string },
) {
  const [row] = await tx
    .select()
    .from(mossStatuses)
    .where(
      and(
        eq(mossStatuses.dutyStationId, k.dutyStationId),
        eq(mossStatuses.organizationId, k.organizationId),
        eq(mossStatuses.measureCode, k.measureCode),
      ),
    );
  return row;
}

/** Records the status of a measure at a duty station for an organization (insert or replace). */
export async function upsertStatus(tx: Tx, values: StatusInsert) {
  const [row] = await tx
    .insert(mossStatuses)
    .values(values)
    .onConflictDoUpdate({
      target: [mossStatuses.dutyStationId, mossStatuses.organizationId, mossStatuses.measureCode],
      set: { ...values, updatedAt: new Date() },
    })
    .returning();
  return row;
}

/** Duty stations and organizations by id (a bulk status change's rows). */
export function stationsAndOrganizationsById(ex: Executor, stationIds: string[], orgIds: string[]) {
  return Promise.all([
    ex.select().from(dutyStations).where(inArray(dutyStations.id, stationIds)),
    ex
      .select({ id: organizations.id })
      .from(organizations)
      .where(inArray(organizations.id, orgIds)),
  ]);
}

/** The measures that apply in these countries. */
export function appliedAdoptions(ex: Executor, countryIds: string[]) {
  if (countryIds.length === 0) return Promise.resolve([]);
  return ex
    .select()
    .from(mossAdoptions)
    .where(and(inArray(mossAdoptions.countryId, countryIds), eq(mossAdoptions.applies, true)));
}

/** The statuses recorded at these duty stations for these organizations. */
export function statusesAt(tx: Tx, stationIds: string[], orgIds: string[]) {
  return tx
    .select()
    .from(mossStatuses)
    .where(
      and(
        inArray(mossStatuses.dutyStationId, stationIds),
        inArray(mossStatuses.organizationId, orgIds),
      ),
    );
}

/** Records many statuses in one statement (insert or replace each). */
export function upsertStatuses(tx: Tx, values: StatusInsert[]) {
  return tx
    .insert(mossStatuses)
    .values(values)
    .onConflictDoUpdate({
      target: [mossStatuses.dutyStationId, mossStatuses.organizationId, mossStatuses.measureCode],
      set: {
        status: sql`excluded.status`,
        evidence: sql`excluded.evidence`,
        dueDate: sql`excluded.due_date`,
        updatedBy: sql`excluded.updated_by`,
        updatedAt: new Date(),
      },
    })
    .returning();
}
