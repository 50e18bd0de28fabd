import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  fieldPaths as paths,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

interface FindingBody {
  code: string;
  appointmentId?: string;
  params: Record<string, string | number>;
}

describe('structure rules API [002 Annex B ¶16–24]', () => {
  let t: TestApp;
  let w: World;
  let clients: Record<'do' | 'csa' | 'staff', Client>;
  let officer: string;
  let doName: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db, 'Ruleland');
    const d = await buildUser(db, w, 'DO');
    doName = `${d.person.givenName} ${d.person.familyName}`;
    const csa = await buildUser(db, w, 'CSA');
    const staff = await buildUser(db, w, 'staff');
    officer = (await buildPerson(db, w, { org: w.orgB })).id;
    clients = {
      do: await signIn(t.app, d.email),
      csa: await signIn(t.app, csa.email),
      staff: await signIn(t.app, staff.email),
    };
  });

  const findings = async (c: Client = clients.do) => {
    const res = await c.get(`/api/countries/${w.country.id}/invariants`);
    expect(res.status).toBe(200);
    return res.body.findings as FindingBody[];
  };
  const flagged = async (code: string) => (await findings()).filter((f) => f.code === code);

  describe('CSA/SA ad interim', () => {
    let aiId: string;

    it('[¶24] a single-agency officer appointed CSA a.i. is flagged until the DO confirms it; the CSA may not confirm', async () => {
      const created = await clients.csa.post('/api/appointments', {
        role: 'SASO',
        personId: officer,
        countryId: w.country.id,
        organizationId: w.orgB.id,
        startsOn: '2024-01-01',
        endsOn: '2099-12-31',
        csaAdInterim: true,
      });
      expect(created.status).toBe(201);
      aiId = created.body.id;
      expect(created.body).toMatchObject({ csaAdInterim: true, adInterimConfirmation: null });
      expect(created.body.abilities.canConfirmAdInterim).toBe(false);

      const byDo = await clients.do.get(`/api/appointments/${aiId}`);
      expect(byDo.body.abilities.canConfirmAdInterim).toBe(true);
      expect((await flagged('CSA_AD_INTERIM_UNCONFIRMED')).map((f) => f.appointmentId)).toEqual([
        aiId,
      ]);

      const byCsa = await clients.csa.post(`/api/appointments/${aiId}/ad-interim-confirmation`, {
        confirmedOn: '2024-01-02',
        reference: 'DO/AI/1',
      });
      expect(byCsa.status).toBe(403);
    });

    it('[¶24] the DO confirms in writing: who, when and the reference are recorded and audited; the flag goes', async () => {
      const bad = await clients.do.post(`/api/appointments/${aiId}/ad-interim-confirmation`, {
        confirmedOn: '2024-01-02',
        reference: ' ',
      });
      expect(bad.status).toBe(400);
      expect(paths(bad)).toContain('reference');

      const res = await clients.do.post(`/api/appointments/${aiId}/ad-interim-confirmation`, {
        confirmedOn: '2024-01-02',
        reference: 'DO/AI/1',
      });
      expect(res.status).toBe(200);
      expect(res.body.adInterimConfirmation).toEqual({
        byName: doName,
        on: '2024-01-02',
        reference: 'DO/AI/1',
      });
      expect(res.body.abilities.canConfirmAdInterim).toBe(false);
      expect(await flagged('CSA_AD_INTERIM_UNCONFIRMED')).toEqual([]);

      const audits = await t.database.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.action, 'appointment.confirm_ad_interim'), eq(auditLog.entityId, aiId)),
        );
      expect(audits).toHaveLength(1);

      const again = await clients.do.post(`/api/appointments/${aiId}/ad-interim-confirmation`, {
        confirmedOn: '2024-01-03',
        reference: 'DO/AI/2',
      });
      expect(again.status).toBe(400);
    });

    it('[¶23–24] only a single-agency security officer acts as CSA a.i.: 400 naming csaAdInterim', async () => {
      const res = await clients.do.post('/api/appointments', {
        role: 'LSA',
        personId: officer,
        countryId: w.country.id,
        startsOn: '2024-01-01',
        csaAdInterim: true,
      });
      expect(res.status).toBe(400);
      expect(paths(res)).toContain('csaAdInterim');
    });
  });

  it('[¶21] a CSFP appointed where a CSA is in force is flagged', async () => {
    const res = await clients.do.post('/api/appointments', {
      role: 'CSFP',
      personId: officer,
      countryId: w.country.id,
      startsOn: '2024-01-01',
      endsOn: '2099-12-31',
    });
    expect(res.status).toBe(201);
    expect((await flagged('CSFP_WHERE_SECURITY_ADVISER')).map((f) => f.appointmentId)).toEqual([
      res.body.id,
    ]);
  });

  it('[¶16] with a peacekeeping mission, missing military and police heads on the SMT are flagged until seated', async () => {
    expect(await flagged('PEACEKEEPING_HEAD_NOT_ON_SMT')).toEqual([]);
    const denied = await clients.staff.put(`/api/countries/${w.country.id}/peacekeeping-mission`, {
      peacekeepingMission: true,
    });
    expect(denied.status).toBeGreaterThanOrEqual(403);
    const set = await clients.do.put(`/api/countries/${w.country.id}/peacekeeping-mission`, {
      peacekeepingMission: true,
    });
    expect(set.status).toBe(200);
    expect((await flagged('PEACEKEEPING_HEAD_NOT_ON_SMT')).map((f) => f.params.seat)).toEqual([
      'military_component',
      'police_component',
    ]);
    const seated = await clients.do.post('/api/appointments', {
      role: 'SMT_MEMBER',
      personId: officer,
      countryId: w.country.id,
      startsOn: '2024-01-01',
      smtSeat: 'military_component',
    });
    expect(seated.status).toBe(201);
    expect((await flagged('PEACEKEEPING_HEAD_NOT_ON_SMT')).map((f) => f.params.seat)).toEqual([
      'police_component',
    ]);
    const seatOnCsa = await clients.do.post('/api/appointments', {
      role: 'CSFP',
      personId: officer,
      countryId: w.country.id,
      startsOn: '2024-01-01',
      smtSeat: 'police_component',
    });
    expect(seatOnCsa.status).toBe(400);
    expect(paths(seatOnCsa)).toContain('smtSeat');
  });

  it('[¶24] appointments without an end date are flagged; one with an end date is not', async () => {
    const open = await flagged('APPOINTMENT_WITHOUT_END_DATE');
    expect(open.map((f) => f.params.role)).toEqual(expect.arrayContaining(['DO', 'CSA']));
    expect(open.map((f) => f.params.role)).not.toContain('CSFP');
  });

  it('[Annex B J.6–7] the CSA records a security cell meeting; the cell lists its members with the CSA as chair, apart from the SMT meetings', async () => {
    const res = await clients.csa.post(`/api/countries/${w.country.id}/smt-meetings`, {
      body: 'security_cell',
      heldOn: '2024-03-01',
      agenda: 'Convoy procedures',
      attendeeIds: [w.orgA.id, w.orgB.id],
      minutes: 'Decided: convoys of two vehicles at least',
    });
    expect(res.status).toBe(201);
    expect(res.body.body).toBe('security_cell');

    const cell = await clients.do.get(
      `/api/countries/${w.country.id}/smt-meetings?body=security_cell`,
    );
    expect(cell.status).toBe(200);
    expect(cell.body.items.map((m: { id: string }) => m.id)).toEqual([res.body.id]);
    expect(cell.body.flagged).toBe(false);
    expect(cell.body.members[0]).toMatchObject({ role: 'CSA', chair: true });
    expect(cell.body.members.map((m: { role: string }) => m.role)).toContain('SASO');

    const smt = await clients.do.get(`/api/countries/${w.country.id}/smt-meetings`);
    expect(smt.body.items.map((m: { id: string }) => m.id)).not.toContain(res.body.id);
    expect(smt.body.flagged).toBe(true);

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, res.body.id));
    expect(audits.map((a) => a.action)).toEqual(['security_cell_meeting.create']);

    const bad = await clients.csa.post(`/api/countries/${w.country.id}/smt-meetings`, {
      body: 'council',
      heldOn: '2024-03-01',
      agenda: 'x',
    });
    expect(bad.status).toBe(400);
    expect(paths(bad)).toContain('body');
  });
});
