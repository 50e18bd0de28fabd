import { can } from '@fieldsafe/core';
import { and, asc, eq, gte, isNull, or } from 'drizzle-orm';
import { today, type RequestActor } from '../access/actor.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Db } from '../db/client.ts';
import { organizations, people, stressCounsellors } from '../db/schema/index.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import type { CounsellorInput, CounsellorPatchInput } from './support.schema.ts';
import { reaches } from './support.queries.ts';

/** Whether the actor may see who the counsellors of a country are (anyone who works there). */
function maySee(actor: RequestActor, countryId: string) {
  return (
    can(actor, 'structure.read', { countryId }) ||
    reaches(actor, 'wellbeing.counts', countryId) ||
    reaches(actor, 'wellbeing.counsel', countryId) ||
    reaches(actor, 'wellbeing.designate', countryId)
  );
}

/** Stress counsellors designated per country (or organization in it) [003 ¶169, 000 §26b]. */
export function createCounsellorService(db: Db) {
  async function list(actor: RequestActor, countryId: string) {
    if (!maySee(actor, countryId)) throw notFound('Country');
    const day = today();
    const rows = await db
      .select({
        id: stressCounsellors.id,
        personId: stressCounsellors.personId,
        givenName: people.givenName,
        familyName: people.familyName,
        email: people.email,
        phone: people.phone,
        countryId: stressCounsellors.countryId,
        organizationCode: organizations.code,
        startsOn: stressCounsellors.startsOn,
        endsOn: stressCounsellors.endsOn,
        note: stressCounsellors.note,
      })
      .from(stressCounsellors)
      .innerJoin(people, eq(people.id, stressCounsellors.personId))
      .leftJoin(organizations, eq(organizations.id, stressCounsellors.organizationId))
      .where(
        and(
          eq(stressCounsellors.countryId, countryId),
          or(isNull(stressCounsellors.endsOn), gte(stressCounsellors.endsOn, day)),
        ),
      )
      .orderBy(asc(people.familyName));
    return {
      items: rows.map(({ givenName, familyName, ...r }) => ({
        ...r,
        name: `${givenName} ${familyName}`,
      })),
      canDesignate: reaches(actor, 'wellbeing.designate', countryId),
    };
  }

  return {
    list,

    async designate(actor: RequestActor, countryId: string, input: CounsellorInput) {
      if (!maySee(actor, countryId)) throw notFound('Country');
      if (!can(actor, 'wellbeing.designate', { countryId, organizationId: input.organizationId }))
        throw forbidden(
          'Only the CSA, or an HQ focal point for their organization, designates counsellors',
        );
      if (input.endsOn && input.endsOn < input.startsOn)
        throw invalid('endsOn', 'must not be before startsOn');
      await audited(db, actor, async (tx) => {
        const [person] = await tx
          .select({ id: people.id })
          .from(people)
          .where(eq(people.id, input.personId));
        if (!person) throw invalid('personId', 'unknown person');
        if (input.organizationId) {
          const [org] = await tx
            .select({ id: organizations.id })
            .from(organizations)
            .where(eq(organizations.id, input.organizationId));
          if (!org) throw invalid('organizationId', 'unknown organization');
        }
        const [row] = await tx
          .insert(stressCounsellors)
          .values({ ...input, countryId })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        return {
          result: row,
          audit: {
            action: 'stress_counsellor.designate',
            entity: 'stress_counsellor',
            entityId: row.id,
            countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
      return list(actor, countryId);
    },

    async update(actor: RequestActor, id: string, patch: CounsellorPatchInput) {
      const countryId = await audited(db, actor, async (tx) => {
        const [before] = await tx
          .select()
          .from(stressCounsellors)
          .where(
            and(
              eq(stressCounsellors.id, id),
              scopeWhere(actor, 'wellbeing.designate', {
                countryId: stressCounsellors.countryId,
                organizationId: stressCounsellors.organizationId,
              }),
            ),
          );
        if (!before) throw notFound('Counsellor designation');
        const endsOn = patch.endsOn === undefined ? before.endsOn : patch.endsOn;
        if (endsOn && endsOn < before.startsOn)
          throw invalid('endsOn', 'must not be before startsOn');
        const [row] = await tx
          .update(stressCounsellors)
          .set({ ...patch, updatedAt: new Date() })
          .where(eq(stressCounsellors.id, id))
          .returning();
        if (!row) throw notFound('Counsellor designation');
        return {
          result: row.countryId,
          audit: {
            action: 'stress_counsellor.update',
            entity: 'stress_counsellor',
            entityId: id,
            countryId: row.countryId,
            before,
            after: row,
          },
        };
      });
      return list(actor, countryId);
    },
  };
}

export type CounsellorService = ReturnType<typeof createCounsellorService>;
