import { and, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { crisisLog, crisisMovements } from '../db/schema/index.ts';

export type LogRow = typeof crisisLog.$inferSelect;
export type MovementRow = typeof crisisMovements.$inferSelect;
type MovementInsert = typeof crisisMovements.$inferInsert;

export function movementsOf(ex: Executor, crisisId: string) {
  return ex.select().from(crisisMovements).where(eq(crisisMovements.crisisId, crisisId));
}

/** An entry of a crisis's log. */
export async function logEntryOf(ex: Executor, crisisId: string, entryId: string) {
  const [entry] = await ex
    .select()
    .from(crisisLog)
    .where(and(eq(crisisLog.id, entryId), eq(crisisLog.crisisId, crisisId)));
  return entry;
}

/** The kind of an entry of a crisis's log (a decision's measure). */
export async function logEntryKind(ex: Executor, crisisId: string, entryId: string) {
  const [entry] = await ex
    .select({ id: crisisLog.id, kind: crisisLog.kind })
    .from(crisisLog)
    .where(and(eq(crisisLog.id, entryId), eq(crisisLog.crisisId, crisisId)));
  return entry;
}

export async function updateLogEntry(tx: Tx, entryId: string, set: Partial<LogRow>) {
  const [after] = await tx.update(crisisLog).set(set).where(eq(crisisLog.id, entryId)).returning();
  return after;
}

/** A person's evacuation or relocation in a crisis. */
export async function findMovement(ex: Executor, crisisId: string, personId: string) {
  const [m] = await ex
    .select()
    .from(crisisMovements)
    .where(and(eq(crisisMovements.crisisId, crisisId), eq(crisisMovements.personId, personId)));
  return m;
}

/** Records a person's movement decision (one per person and crisis). */
export async function upsertMovement(tx: Tx, values: MovementInsert) {
  const [row] = await tx
    .insert(crisisMovements)
    .values(values)
    .onConflictDoUpdate({
      target: [crisisMovements.crisisId, crisisMovements.personId],
      set: values,
    })
    .returning();
  return row;
}

export async function updateMovement(tx: Tx, id: string, set: Partial<MovementInsert>) {
  const [row] = await tx
    .update(crisisMovements)
    .set(set)
    .where(eq(crisisMovements.id, id))
    .returning();
  return row;
}
