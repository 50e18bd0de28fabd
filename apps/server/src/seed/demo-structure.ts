/**
 * Demo data of the structure rules [002 Annex B ¶16–24]: in Meridia a WFP single-agency officer
 * acts as CSA/SA ad interim during the CSA's home leave, not yet confirmed in writing by the DO;
 * a Country Security Focal Point was appointed although the country has a CSA; a peacekeeping
 * mission is deployed, with its military head on the SMT but not its police head; the DO's
 * appointment has no end date; and the security cell, chaired by the CSA, has met twice.
 * Each of these shows in the invariant report or on the meetings page.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import {
  appointments,
  countries,
  organizations,
  people,
  smtMeetingAttendees,
  smtMeetings,
} from '../db/schema/index.ts';

export async function seedDemoStructure(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const [done] = await db
    .select({ id: smtMeetings.id })
    .from(smtMeetings)
    .where(and(eq(smtMeetings.countryId, country.id), eq(smtMeetings.body, 'security_cell')));
  if (done) return;
  await db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const add = (entity: string, row: { id: string }) =>
      audit.push({
        action: `${entity}.create`,
        entity,
        entityId: row.id,
        countryId: country.id,
        after: row,
      });
    const orgRows = await tx
      .select()
      .from(organizations)
      .where(inArray(organizations.code, ['UNDP', 'UNICEF', 'WFP', 'UNHCR', 'WHO', 'DSS']));
    const orgId = (code: string) => {
      const id = orgRows.find((o) => o.code === code)?.id;
      if (!id) throw new Error(`demo organization ${code} missing`);
      return id;
    };
    const staff = await tx
      .select({ id: people.id, organizationId: people.organizationId })
      .from(people)
      .where(
        and(
          eq(people.countryId, country.id),
          eq(people.kind, 'personnel'),
          eq(people.category, 'international'),
        ),
      )
      .orderBy(people.staffId);
    // People who hold no appointment yet, so each demo role has its own holder.
    const held = new Set(
      (
        await tx
          .select({ personId: appointments.personId })
          .from(appointments)
          .where(eq(appointments.countryId, country.id))
      ).map((r) => r.personId),
    );
    const next = (code: string) => {
      const p =
        staff.find((s) => s.organizationId === orgId(code) && !held.has(s.id)) ??
        staff.find((s) => !held.has(s.id));
      if (!p) throw new Error(`no free international ${code} staff member in the demo`);
      held.add(p.id);
      return p.id;
    };
    const tor = 'Terms of reference of the CSA/SA under the Framework for Accountability (2009).';
    const rows = await tx
      .insert(appointments)
      .values([
        {
          role: 'SASO',
          personId: next('WFP'),
          countryId: country.id,
          organizationId: orgId('WFP'),
          csaAdInterim: true,
          letterReference: 'WFP/XM/SEC/2026/09',
          letterDate: '2026-10-28',
          termsOfReference: tor,
          appointedBy: 'WFP Country Director',
          startsOn: '2026-11-01',
          endsOn: '2027-06-30',
        },
        {
          role: 'SASO',
          personId: next('UNHCR'),
          countryId: country.id,
          organizationId: orgId('UNHCR'),
          letterReference: 'UNHCR/XM/SEC/2026/02',
          letterDate: '2026-02-01',
          termsOfReference: 'Field Safety Adviser, UNHCR Meridia.',
          appointedBy: 'UNHCR Representative',
          startsOn: '2026-02-01',
          endsOn: '2028-01-31',
        },
        {
          role: 'CSFP',
          personId: next('UNDP'),
          countryId: country.id,
          letterReference: 'DO/XM/2026/019',
          letterDate: '2026-03-10',
          termsOfReference: 'Country Security Focal Point (appointed before the CSA arrived).',
          appointedBy: 'Designated Official',
          startsOn: '2026-03-10',
          endsOn: '2027-12-31',
        },
        {
          role: 'SMT_MEMBER',
          personId: next('UNDP'),
          countryId: country.id,
          smtSeat: 'military_component',
          letterReference: 'DO/XM/SMT/MIL',
          letterDate: '2026-04-01',
          termsOfReference: 'Force Commander, member of the SMT.',
          appointedBy: 'Designated Official',
          startsOn: '2026-04-01',
          endsOn: '2027-12-31',
        },
      ])
      .returning();
    for (const r of rows) add('appointment', r);

    await tx
      .update(countries)
      .set({ peacekeepingMission: true, updatedAt: new Date() })
      .where(eq(countries.id, country.id));
    audit.push({
      action: 'country.peacekeeping_mission',
      entity: 'country',
      entityId: country.id,
      countryId: country.id,
      before: { peacekeepingMission: false },
      after: { peacekeepingMission: true },
    });

    for (const m of [
      {
        heldOn: '2026-09-03',
        agenda: '1. Convoy procedures north of the river\n2. Shared radio room rota',
        minutes:
          'Decided: road missions north of the Kessa river travel in convoys of two vehicles at least. WFP and UNHCR share the radio room rota from 15 September.',
        attendees: ['DSS', 'WFP', 'UNHCR'],
      },
      {
        heldOn: '2026-11-05',
        agenda: '1. CSA home leave: ad interim arrangements\n2. Residential security surveys',
        minutes:
          'The WFP security officer acts as CSA a.i. from 1 November; the DO’s written confirmation is awaited. Surveys of the Lakeside compounds to be completed by December.',
        attendees: ['DSS', 'WFP', 'UNHCR', 'UNICEF'],
      },
    ]) {
      const { attendees, ...fields } = m;
      const [row] = await tx
        .insert(smtMeetings)
        .values({ ...fields, body: 'security_cell', countryId: country.id })
        .returning();
      if (!row) throw new Error('meeting not created');
      await tx
        .insert(smtMeetingAttendees)
        .values(attendees.map((c) => ({ meetingId: row.id, organizationId: orgId(c) })));
      add('security_cell_meeting', row);
    }
    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
}
