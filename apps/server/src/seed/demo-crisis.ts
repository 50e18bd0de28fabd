import { evacuationEligibility } from '@fieldsafe/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { enrol } from '../crisis/crisis.queries.ts';
import type { Db } from '../db/client.ts';
import {
  areas,
  countries,
  crises,
  crisisLog,
  crisisMovements,
  crisisPeople,
  people,
  users,
} from '../db/schema/index.ts';

const TITLE = 'Flash floods in the Northern Highlands';

/**
 * Demo crisis: flash floods in the Northern Highlands, declared by the DO two hours ago; most
 * people have checked in, a few need help, some are still to be reached by the wardens.
 * Idempotent: does nothing when the crisis exists.
 */
export async function seedDemoCrisis(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const [area] = await db
    .select()
    .from(areas)
    .where(and(eq(areas.countryId, country.id), eq(areas.name, 'Northern Highlands')));
  if (!area) return;
  const [existing] = await db
    .select({ id: crises.id })
    .from(crises)
    .where(and(eq(crises.countryId, country.id), eq(crises.title, TITLE)));
  if (existing) return;
  await db.transaction(async (tx) => {
    const declaredAt = new Date(Date.now() - 2 * 3600_000);
    const [c] = await tx
      .insert(crises)
      .values({
        countryId: country.id,
        areaId: area.id,
        title: TITLE,
        description:
          'The Kessa river burst its banks overnight; roads to Kessa are cut and the power is out in the lower town.',
        declaredBy: 'Designated Official (demo)',
        declaredAt,
      })
      .returning();
    if (!c) throw new Error('demo crisis not created');
    const enrolled = await enrol(tx, c);
    // About two in three have answered: most safe, one in ten of those needing help. Everyone with
    // a demo login has (the ASC works in the Northern Highlands: the demo shows that role's pages,
    // not the check-in prompt over them), whatever order the enrolment returns its rows in.
    const logins = new Set(
      (
        await tx
          .select({ personId: users.personId })
          .from(users)
          .where(
            inArray(
              users.personId,
              tx
                .select({ personId: crisisPeople.personId })
                .from(crisisPeople)
                .where(eq(crisisPeople.crisisId, c.id)),
            ),
          )
      ).map((u) => u.personId),
    );
    let others = 0;
    const answered = enrolled.filter((p) => logins.has(p.personId) || others++ % 3 !== 2);
    for (let i = 0; i < answered.length; i += 500) {
      const ids = answered.slice(i, i + 500).map((p) => p.personId);
      await tx.execute(sql`
        update crisis_people
           set status = case when (abs(hashtext(person_id::text)) % 10) = 0 then 'need_help' else 'safe' end,
               answered_via = 'checkin',
               answered_at = ${new Date(declaredAt.getTime() + 20 * 60_000)},
               note = case when (abs(hashtext(person_id::text)) % 10) = 0 then 'House flooded, moved to the roof' else null end
         where crisis_id = ${c.id} and person_id in (${sql.join(
           ids.map((id) => sql`${id}::uuid`),
           sql`, `,
         )})`);
    }
    await tx.insert(crisisLog).values([
      {
        crisisId: c.id,
        kind: 'declared',
        text: TITLE,
        decidedBy: 'Designated Official',
        recordedBy: 'system',
        at: declaredAt,
      },
      {
        crisisId: c.id,
        kind: 'alternate_work',
        text: 'Kessa office closed; all staff work from home until further notice.',
        decidedBy: 'Designated Official',
        recordedBy: 'system',
        at: new Date(declaredAt.getTime() + 30 * 60_000),
      },
    ]);
    // The relocation: the DO acted at once in exigent circumstances (the water was rising) and
    // reported to the USG right after [002 Annex B ¶13]; people are moved one by one.
    const relocationAt = new Date(declaredAt.getTime() + 75 * 60_000);
    const [relocation] = await tx
      .insert(crisisLog)
      .values({
        crisisId: c.id,
        kind: 'relocation',
        text: 'Staff living in the lower town to be relocated to the UN compound in Kessa.',
        decidedBy: 'Designated Official after SMT consultation',
        authority: 'DO',
        exigent: true,
        reportedToUsgAt: new Date(relocationAt.getTime() + 15 * 60_000),
        usgReportReference: 'DO/XM/2026/CRISIS-1 (code cable)',
        recordedBy: 'system',
        at: relocationAt,
      })
      .returning();
    const moving = await tx
      .select({ id: people.id, kind: people.kind, category: people.category })
      .from(people)
      .where(
        inArray(
          people.id,
          enrolled.slice(0, 8).map((p) => p.personId),
        ),
      );
    const steps = ['arrived', 'arrived', 'moved', 'decided'] as const;
    if (moving.length > 0)
      await tx.insert(crisisMovements).values(
        moving.map((p, i) => {
          const status = steps[i % steps.length] ?? 'decided';
          return {
            crisisId: c.id,
            personId: p.id,
            measure: 'relocation',
            status,
            eligibility: evacuationEligibility(p),
            destination: 'UN compound, Kessa',
            decisionId: relocation?.id ?? null,
            decidedBy: 'Designated Official',
            movedAt: status === 'decided' ? null : new Date(relocationAt.getTime() + 40 * 60_000),
            arrivedAt: status === 'arrived' ? new Date(relocationAt.getTime() + 70 * 60_000) : null,
          };
        }),
      );
    const [counts] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(crisisPeople)
      .where(eq(crisisPeople.crisisId, c.id));
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'crisis.declare',
      entity: 'crisis',
      entityId: c.id,
      countryId: country.id,
      after: { title: c.title, enrolled: counts?.n ?? 0 },
    });
  });
}
