import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import { broadcasts, outboundMessages, people } from '../db/schema/index.ts';

/** The people a broadcast reaches: the active people of a country, area, zone or organization. */
export interface Audience {
  countryId: string;
  areaId: string | null;
  zoneId: string | null;
  organizationId: string | null;
}

function audienceWhere(a: Audience) {
  return and(
    eq(people.countryId, a.countryId),
    eq(people.status, 'active'),
    a.areaId ? eq(people.areaId, a.areaId) : undefined,
    a.zoneId ? eq(people.zoneId, a.zoneId) : undefined,
    a.organizationId ? eq(people.organizationId, a.organizationId) : undefined,
  );
}

/** The phone and e-mail of each person of an audience (to price a broadcast). */
export function audienceContacts(ex: Executor, a: Audience) {
  return ex
    .select({ phone: people.phone, email: people.email })
    .from(people)
    .where(audienceWhere(a));
}

/** The people of an audience and their zones. */
export function audienceMembers(ex: Executor, a: Audience) {
  return ex
    .select({ personId: people.id, zoneId: people.zoneId })
    .from(people)
    .where(audienceWhere(a));
}

export async function insertBroadcast(tx: Tx, values: typeof broadcasts.$inferInsert) {
  const [b] = await tx.insert(broadcasts).values(values).returning();
  return b;
}

export async function findBroadcast(ex: Executor, id: string) {
  const [b] = await ex.select().from(broadcasts).where(eq(broadcasts.id, id));
  return b;
}

/** The queue rows of a message, counted per delivery state. */
export function deliveryCounts(ex: Executor, messageId: string) {
  return ex
    .select({ status: outboundMessages.status, n: sql<number>`count(*)::int` })
    .from(outboundMessages)
    .where(eq(outboundMessages.messageId, messageId))
    .groupBy(outboundMessages.status);
}
