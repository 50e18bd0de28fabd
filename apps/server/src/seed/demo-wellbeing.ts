/**
 * Demo data of issue 17 (Build 3 and 7): a stress counsellor for Meridia with follow-up cases
 * and sessions after the Northern Highlands floods and the Kessa road crash [003 ¶169,
 * 000 §26b]; host country agreements of the organizations in Meridia, one with its review
 * overdue and one without a security annex [003 Rec. 1]. Names and dates are invented.
 */
import { addDays, maxIsoDate, todayIn } from '@fieldsafe/core';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/client.ts';
import {
  countries,
  crises,
  hostAgreements,
  incidents,
  organizations,
  people,
  stressCounsellors,
  supportCases,
  supportSessions,
  users,
} from '../db/schema/index.ts';
import { DEMO_PASSWORD } from './demo.ts';

export const COUNSELLOR_EMAIL = 'counsellor@fieldsafe.test';

/** Demo logins added by this module (printed at start-up after `DEMO_USERS`). */
export const MORE_DEMO_USERS = [{ role: 'Stress counsellor', email: COUNSELLOR_EMAIL }];

const day = (offset: number) => addDays(todayIn(), offset);

export async function seedDemoWellbeing(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const c = country.id;
  const [done] = await db
    .select({ id: hostAgreements.id })
    .from(hostAgreements)
    .where(eq(hostAgreements.countryId, c));
  if (done) return;
  const orgRows = await db.select().from(organizations);
  const org = (code: string) => {
    const o = orgRows.find((r) => r.code === code);
    if (!o) throw new Error(`organization ${code} missing`);
    return o.id;
  };
  const [crisis] = await db.select().from(crises).where(eq(crises.countryId, c)).limit(1);
  const [crash] = await db
    .select()
    .from(incidents)
    .where(
      and(eq(incidents.countryId, c), eq(incidents.title, 'Vehicle rolled over on the Kessa road')),
    );
  const named = await db
    .select()
    .from(people)
    .where(inArray(people.email, ['staff@fieldsafe.test', 'csa@fieldsafe.test']));
  const staff = named.find((p) => p.email === 'staff@fieldsafe.test');
  const csa = named.find((p) => p.email === 'csa@fieldsafe.test');
  if (!staff || !csa) return;
  const others = await db
    .select()
    .from(people)
    .where(and(eq(people.countryId, c), eq(people.kind, 'personnel')))
    .limit(40);
  const [dependant] = await db
    .select()
    .from(people)
    .where(and(eq(people.countryId, c), eq(people.kind, 'dependant')))
    .limit(1);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const add = (entity: string, id: string, after: unknown) =>
      audit.push({ action: `${entity}.create`, entity, entityId: id, countryId: c, after });

    // The counsellor: a DSS stress counsellor with a login (no second factor: no privileged duty).
    const [counsellor] = await tx
      .insert(people)
      .values({
        kind: 'personnel',
        staffId: 'DSS-DEMO-NADIA',
        organizationId: org('DSS'),
        category: 'international',
        contractType: 'FT',
        staffType: 'international_professional',
        managementLevel: 'staff',
        givenName: 'Nadia',
        familyName: 'Rahman',
        email: COUNSELLOR_EMAIL,
        phone: '+442079460999',
        countryId: c,
        areaId: csa.areaId,
        dutyStationId: csa.dutyStationId,
        zoneId: csa.zoneId,
      })
      .returning();
    if (!counsellor) throw new Error('demo counsellor not created');
    add('person', counsellor.id, { id: counsellor.id });
    const [user] = await tx
      .insert(users)
      .values({ email: COUNSELLOR_EMAIL, passwordHash, personId: counsellor.id })
      .returning({ id: users.id });
    if (user) add('user', user.id, { id: user.id, email: COUNSELLOR_EMAIL });
    const [designation] = await tx
      .insert(stressCounsellors)
      .values({
        personId: counsellor.id,
        countryId: c,
        organizationId: null,
        startsOn: day(-400),
        note: 'DSS Critical Incident Stress Management Unit, regional counsellor',
      })
      .returning();
    if (designation) add('stress_counsellor', designation.id, designation);

    // Follow-up cases (the audit keeps neither the person nor the notes).
    const affected = [
      staff,
      ...others.filter((p) => p.id !== staff.id && p.id !== csa.id).slice(0, 3),
    ];
    // Crisis cases open today (the floods were declared hours ago); crash cases two days after it.
    const crashDay = crash ? addDays(crash.occurredAt.toISOString().slice(0, 10), 2) : day(-30);
    const [p1, p2, p3] = affected.slice(1);
    const cases: {
      personId: string;
      organizationId: string;
      crisis: boolean;
      openedOn: string;
      next: string | null;
      notes: string;
      closedOn?: string;
    }[] = [
      {
        personId: staff.id,
        organizationId: staff.organizationId,
        crisis: true,
        openedOn: day(0),
        next: day(7),
        notes: 'Evacuated from Kessa; sleeping badly. Weekly calls.',
      },
      ...(p1
        ? [
            {
              personId: p1.id,
              organizationId: p1.organizationId,
              crisis: false,
              openedOn: crashDay,
              next: maxIsoDate(day(-4), crashDay),
              notes: 'Passenger in the Kessa road crash; injured, back at work.',
            },
          ]
        : []),
      ...(p2
        ? [
            {
              personId: p2.id,
              organizationId: p2.organizationId,
              crisis: false,
              openedOn: crashDay,
              next: null,
              closedOn: maxIsoDate(day(-3), crashDay),
              notes: 'Colleague of the driver who died; follow-up completed.',
            },
          ]
        : []),
      ...(p3
        ? [
            {
              personId: p3.id,
              organizationId: p3.organizationId,
              crisis: true,
              openedOn: day(0),
              next: day(3),
              notes: 'Lost belongings in the floods.',
            },
          ]
        : []),
      ...(dependant
        ? [
            {
              personId: dependant.id,
              organizationId: dependant.organizationId,
              crisis: true,
              openedOn: day(0),
              next: day(2),
              notes: 'Child of a staff member; family session held.',
            },
          ]
        : []),
    ];
    for (const k of cases) {
      const event = k.crisis
        ? { crisisId: crisis?.id ?? null, incidentId: null }
        : { crisisId: null, incidentId: crash?.id ?? null };
      if (!event.crisisId && !event.incidentId) continue;
      const [row] = await tx
        .insert(supportCases)
        .values({
          personId: k.personId,
          countryId: c,
          organizationId: k.organizationId,
          ...event,
          counsellorId: counsellor.id,
          openedOn: k.openedOn,
          nextFollowUpOn: k.next,
          closedOn: k.closedOn ?? null,
          notes: k.notes,
        })
        .returning();
      if (!row) continue;
      add('support_case', row.id, { id: row.id, openedOn: row.openedOn });
      const [s] = await tx
        .insert(supportSessions)
        .values({
          countryId: c,
          organizationId: k.organizationId,
          caseId: row.id,
          ...event,
          counsellorId: counsellor.id,
          heldOn: row.openedOn,
          kind: k.personId === dependant?.id ? 'family' : 'individual',
          participants: k.personId === dependant?.id ? 3 : 1,
        })
        .returning({ id: supportSessions.id });
      if (s) add('support_session', s.id, { id: s.id });
    }
    if (crisis) {
      const [g] = await tx
        .insert(supportSessions)
        .values({
          countryId: c,
          crisisId: crisis.id,
          counsellorId: counsellor.id,
          heldOn: day(0),
          kind: 'group',
          participants: 14,
          notes: 'Defusing session for the Kessa team at the Port Amara office.',
        })
        .returning({ id: supportSessions.id });
      if (g) add('support_session', g.id, { id: g.id });
    }

    // Host country agreements of the organizations present [003 Rec. 1].
    const agreements = [
      {
        organizationId: org('UNDP'),
        title: 'Standard Basic Assistance Agreement',
        parties: 'Government of Meridia and the United Nations Development Programme',
        signedOn: '1987-03-16',
        securityAnnex: false,
        annexSummary: null,
        documentReference: 'SBAA/XM/1987',
        reviewDueOn: day(-200),
        lastReviewedOn: '2015-06-30',
      },
      {
        organizationId: org('UNICEF'),
        title: 'Basic Cooperation Agreement',
        parties: 'Government of Meridia and the United Nations Children’s Fund',
        signedOn: '1996-09-02',
        securityAnnex: true,
        annexSummary:
          'The Ministry of the Interior protects UN premises and escorts convoys on request; a police liaison officer attends the SMT.',
        documentReference: 'BCA/XM/1996 + Annex S (2019)',
        reviewDueOn: day(500),
        lastReviewedOn: '2024-02-12',
      },
      {
        organizationId: org('WFP'),
        title: 'Basic Agreement concerning assistance from the World Food Programme',
        parties: 'Government of Meridia and the World Food Programme',
        signedOn: '2001-11-20',
        securityAnnex: true,
        annexSummary:
          'Host security forces secure warehouses in Kessa and Lira; UN radio frequencies protected.',
        documentReference: 'WFP/BA/XM/2001',
        reviewDueOn: day(-30),
        lastReviewedOn: '2021-05-04',
      },
    ];
    for (const a of agreements) {
      const [row] = await tx
        .insert(hostAgreements)
        .values({ ...a, countryId: c })
        .returning();
      if (row) add('host_agreement', row.id, row);
    }
    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
}
