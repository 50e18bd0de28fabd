/**
 * Demo data of issue 17 (Build 10): information-sharing classification on Meridia's records and
 * two "Saving Lives Together" partners [002 ¶4, 003 ¶140] — one with its MoU in force, given the
 * security levels, incident trends, advisories and the SRAs marked shareable; one whose MoU has
 * expired (flagged, given nothing). The country security plan is internal (all personnel of
 * Meridia), the relocation plan confidential; the current Port Amara SRA is marked shareable.
 * Names and references are invented.
 */
import { addDays, todayIn } from '@fieldsafe/core';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import { countries, preparednessPlans, riskAssessments, sltPartners } from '../db/schema/index.ts';

const day = (offset: number) => addDays(todayIn(), offset);

export async function seedDemoSharing(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const c = country.id;
  const [done] = await db
    .select({ id: sltPartners.id })
    .from(sltPartners)
    .where(eq(sltPartners.countryId, c));
  if (done) return;
  await db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const changed = async <T extends { id: string }>(
      entity: string,
      rows: Promise<T[]>,
      after: Record<string, unknown>,
    ) => {
      for (const r of await rows)
        audit.push({ action: `${entity}.sharing`, entity, entityId: r.id, countryId: c, after });
    };
    await changed(
      'risk_assessment',
      tx
        .update(riskAssessments)
        .set({ sltShareable: true })
        .where(
          and(
            eq(riskAssessments.countryId, c),
            eq(riskAssessments.title, 'Port Amara security risk assessment 2026'),
            isNull(riskAssessments.supersededAt),
          ),
        )
        .returning({ id: riskAssessments.id }),
      { sltShareable: true },
    );
    await changed(
      'preparedness_plan',
      tx
        .update(preparednessPlans)
        .set({ classification: 'internal' })
        .where(and(eq(preparednessPlans.countryId, c), eq(preparednessPlans.kind, 'country')))
        .returning({ id: preparednessPlans.id }),
      { classification: 'internal' },
    );
    await changed(
      'preparedness_plan',
      tx
        .update(preparednessPlans)
        .set({ classification: 'confidential' })
        .where(
          and(
            eq(preparednessPlans.countryId, c),
            eq(preparednessPlans.kind, 'relocation_evacuation'),
          ),
        )
        .returning({ id: preparednessPlans.id }),
      { classification: 'confidential' },
    );
    const partners = await tx
      .insert(sltPartners)
      .values([
        {
          countryId: c,
          name: 'Highlands Relief Alliance',
          partnerType: 'NGO' as const,
          homeCountry: 'Norway',
          mouReference: 'SLT/XM/2024/03',
          mouSignedOn: day(-420),
          mouExpiresOn: day(675),
          contactName: 'Ingrid Solberg, field security adviser',
          contactEmail: 'security@hra.example',
          sharedKinds: [
            'security_levels' as const,
            'incident_trends' as const,
            'advisories' as const,
            'risk_assessments' as const,
          ],
        },
        {
          countryId: c,
          name: 'Meridia Water Partnership',
          partnerType: 'NGO' as const,
          homeCountry: 'Meridia',
          mouReference: 'SLT/XM/2021/01',
          mouSignedOn: day(-1500),
          mouExpiresOn: day(-40),
          contactName: 'Samuel Okafor',
          contactEmail: 'ops@mwp.example',
          sharedKinds: ['security_levels' as const, 'incident_trends' as const],
        },
      ])
      .returning();
    for (const p of partners)
      audit.push({
        action: 'slt_partner.create',
        entity: 'slt_partner',
        entityId: p.id,
        countryId: c,
        after: p,
      });
    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
}
