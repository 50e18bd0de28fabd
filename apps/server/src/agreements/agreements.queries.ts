import type { Actor } from '@fieldsafe/core';
import { and, asc, eq } from 'drizzle-orm';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor, Tx } from '../db/client.ts';
import { countries, hostAgreements, organizations } from '../db/schema/index.ts';

type AgreementInsert = typeof hostAgreements.$inferInsert;

const readable = (actor: Actor) =>
  scopeWhere(actor, 'agreement.read', {
    countryId: hostAgreements.countryId,
    organizationId: hostAgreements.organizationId,
  });

/**
 * The agreements the actor may read (all of them, a country's, or one), with their country's
 * name and organization's code.
 */
export function readableAgreements(
  ex: Executor,
  actor: Actor,
  only: { id?: string; countryId?: string } = {},
) {
  return ex
    .select({
      a: hostAgreements,
      countryName: countries.nameEn,
      organizationCode: organizations.code,
    })
    .from(hostAgreements)
    .innerJoin(countries, eq(countries.id, hostAgreements.countryId))
    .innerJoin(organizations, eq(organizations.id, hostAgreements.organizationId))
    .where(
      and(
        only.id ? eq(hostAgreements.id, only.id) : undefined,
        only.countryId ? eq(hostAgreements.countryId, only.countryId) : undefined,
        readable(actor),
      ),
    )
    .orderBy(asc(countries.nameEn), asc(organizations.code), asc(hostAgreements.title));
}

export type AgreementListRow = Awaited<ReturnType<typeof readableAgreements>>[number];

/** One agreement the actor may read (its own row). */
export async function findReadableAgreement(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select()
    .from(hostAgreements)
    .where(and(eq(hostAgreements.id, id), readable(actor)));
  return row;
}

export async function insertAgreement(tx: Tx, values: AgreementInsert) {
  const [row] = await tx.insert(hostAgreements).values(values).returning();
  return row;
}

export async function updateAgreement(tx: Tx, id: string, set: Partial<AgreementInsert>) {
  const [row] = await tx
    .update(hostAgreements)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(hostAgreements.id, id))
    .returning();
  return row;
}
