import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';

/**
 * The row of `table` with this id, or undefined: the one find-by-id the capabilities' queries
 * share (a read of something the actor may see goes through a scoped finder instead).
 */
export async function findById<T extends PgTable & { id: PgColumn }>(
  ex: Executor,
  table: T,
  id: string,
): Promise<T['$inferSelect'] | undefined> {
  const [row] = await ex
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id));
  return row as T['$inferSelect'] | undefined;
}
