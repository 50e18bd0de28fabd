import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { serverSecrets } from '../db/schema/index.ts';

/**
 * The secret stored under a name: the first process to ask stores `generated`, every later one
 * (and every other process sharing the database) reads that one.
 */
export async function storedSecret(db: Db, name: string, generated: string) {
  await db.insert(serverSecrets).values({ name, value: generated }).onConflictDoNothing();
  const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, name));
  return row?.value;
}
