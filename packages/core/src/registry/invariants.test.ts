import { describe, expect, it } from 'vitest';
import type { AppointmentRole } from '../access/roles.ts';
import {
  evaluateCountryInvariants,
  type CountrySnapshot,
  type Finding,
  type InvariantCode,
} from './invariants.ts';

const TODAY = '2025-06-15';

/** `YYYY-MM-DD` n days after (negative: before) a date. */
function shift(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

type Appointment = CountrySnapshot['appointments'][number];
let seq = 0;

function appt(role: AppointmentRole, over: Partial<Appointment> = {}): Appointment {
  seq += 1;
  return {
    id: `APPT-${seq}`,
    role,
    personName: `Person ${seq}`,
    areaId: null,
    zoneId: null,
    organizationId: null,
    hasLetter: true,
    hasTermsOfReference: true,
    startsOn: '2024-01-01',
    endsOn: '2027-12-31',
    ...over,
  };
}

/**
 * A healthy country: a DO and a DO a.i., a CSA, a warden in each of two zones, two organizations
 * with personnel, each with a recent list and a member on the SMT. `over` replaces parts of it.
 */
function country(over: Partial<CountrySnapshot> = {}): CountrySnapshot {
  return {
    countryId: 'C1',
    countryName: 'Testland',
    areas: [
      { id: 'A-CAP', name: 'Capital', isDesignatedArea: false },
      { id: 'A-NORTH', name: 'North', isDesignatedArea: false },
    ],
    zones: [
      { id: 'Z1', name: 'Zone 1', areaId: 'A-CAP' },
      { id: 'Z2', name: 'Zone 2', areaId: 'A-NORTH' },
    ],
    appointments: [
      appt('DO', { personName: 'Dora Official' }),
      appt('DO_AI', { personName: 'Ada Interim' }),
      appt('CSA', { personName: 'Cass Adviser' }),
      appt('WARDEN', { areaId: 'A-CAP', zoneId: 'Z1' }),
      appt('WARDEN', { areaId: 'A-NORTH', zoneId: 'Z2' }),
      appt('SMT_MEMBER', { organizationId: 'O-A' }),
      appt('SMT_MEMBER', { organizationId: 'O-B' }),
    ],
    organizations: [
      {
        id: 'O-A',
        code: 'AGA',
        personnelCount: 12,
        listUpdatedAt: `${shift(TODAY, -10)}T09:00:00.000Z`,
      },
      {
        id: 'O-B',
        code: 'AGB',
        personnelCount: 3,
        listUpdatedAt: `${shift(TODAY, -1)}T09:00:00.000Z`,
      },
    ],
    ...over,
  };
}

/** The healthy country with its appointments changed. */
function withAppointments(change: (list: Appointment[]) => Appointment[]): CountrySnapshot {
  const base = country();
  return { ...base, appointments: change(base.appointments) };
}

const without = (role: AppointmentRole) => (list: Appointment[]) =>
  list.filter((a) => a.role !== role);
const findings = (s: CountrySnapshot, day = TODAY) => evaluateCountryInvariants(s, day);
const codes = (fs: Finding[]) => fs.map((f) => f.code);
const only = (fs: Finding[], code: InvariantCode) => fs.filter((f) => f.code === code);

describe('evaluateCountryInvariants', () => {
  it('a complete, healthy country yields no findings', () => {
    expect(findings(country())).toEqual([]);
  });

  it('NO_DO: a country without a Designated Official is an error', () => {
    const fs = findings(withAppointments(without('DO')));
    const noDo = only(fs, 'NO_DO');
    expect(noDo).toHaveLength(1);
    expect(noDo[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('Testland'),
    });
    expect(noDo[0]?.areaId).toBeUndefined();
  });

  it('MULTIPLE_DO: two Designated Officials at once is an error naming both', () => {
    const fs = findings(
      withAppointments((l) => [...l, appt('DO', { personName: 'Second Official' })]),
    );
    expect(codes(fs)).toEqual(['MULTIPLE_DO']);
    expect(fs[0]?.severity).toBe('error');
    expect(fs[0]?.message).toContain('Dora Official');
    expect(fs[0]?.message).toContain('Second Official');
  });

  it('NO_DO for a designated area: it needs its own DO; the country’s DO does not cover it', () => {
    const base = country();
    const s = {
      ...base,
      areas: [...base.areas, { id: 'A-DA', name: 'Designated East', isDesignatedArea: true }],
    };
    const fs = findings(s);
    const noDo = only(fs, 'NO_DO');
    expect(noDo).toHaveLength(1);
    expect(noDo[0]).toMatchObject({
      severity: 'error',
      areaId: 'A-DA',
      message: expect.stringContaining('Designated East'),
    });
    expect(only(fs, 'NO_DO_AI')).toMatchObject([{ areaId: 'A-DA' }]);

    const covered = findings({
      ...s,
      appointments: [
        ...s.appointments,
        appt('DO', { areaId: 'A-DA' }),
        appt('DO_AI', { areaId: 'A-DA' }),
      ],
    });
    expect(covered).toEqual([]);
  });

  it('NO_DO_AI: no nominated DO ad interim is a warning', () => {
    const fs = findings(withAppointments(without('DO_AI')));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ code: 'NO_DO_AI', severity: 'warning' });
  });

  it('NO_SECURITY_ADVISER_OR_FOCAL_POINT: neither a CSA nor a CSFP is an error; either one alone satisfies', () => {
    const none = findings(withAppointments(without('CSA')));
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({
      code: 'NO_SECURITY_ADVISER_OR_FOCAL_POINT',
      severity: 'error',
    });

    expect(codes(findings(country()))).not.toContain('NO_SECURITY_ADVISER_OR_FOCAL_POINT');
    const focalPointOnly = findings(withAppointments((l) => [...without('CSA')(l), appt('CSFP')]));
    expect(focalPointOnly).toEqual([]);
  });

  it('ZONE_WITHOUT_WARDEN: each zone without a warden in force is reported, naming the zone', () => {
    const fs = findings(withAppointments(without('WARDEN')));
    const zones = only(fs, 'ZONE_WITHOUT_WARDEN');
    expect(zones).toHaveLength(2);
    expect(zones).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'warning',
          zoneId: 'Z1',
          areaId: 'A-CAP',
          message: expect.stringContaining('Zone 1'),
          // …and its parts, so each language can say it (the web's `inv.<code>` messages).
          params: { zone: 'Zone 1' },
        }),
        expect.objectContaining({
          severity: 'warning',
          zoneId: 'Z2',
          areaId: 'A-NORTH',
          message: expect.stringContaining('Zone 2'),
        }),
      ]),
    );
    expect(codes(fs)).toEqual(['ZONE_WITHOUT_WARDEN', 'ZONE_WITHOUT_WARDEN']);
  });

  it('ZONE_WITHOUT_WARDEN: a warden whose appointment has not started yet does not count', () => {
    const s = withAppointments((l) =>
      l.map((a) => (a.zoneId === 'Z1' ? { ...a, startsOn: shift(TODAY, 1) } : a)),
    );
    const fs = findings(s);
    expect(only(fs, 'ZONE_WITHOUT_WARDEN')).toMatchObject([{ zoneId: 'Z1' }]);
    // An appointment starting today is in force.
    const startsToday = withAppointments((l) =>
      l.map((a) => (a.zoneId === 'Z1' ? { ...a, startsOn: TODAY } : a)),
    );
    expect(findings(startsToday)).toEqual([]);
  });

  it('APPOINTMENT_WITHOUT_LETTER: an appointment in force without a letter of appointment is a warning', () => {
    const s = withAppointments((l) =>
      l.map((a) => (a.role === 'CSA' ? { ...a, hasLetter: false } : a)),
    );
    const csa = s.appointments.find((a) => a.role === 'CSA');
    const fs = findings(s);
    expect(fs).toEqual([
      expect.objectContaining({
        code: 'APPOINTMENT_WITHOUT_LETTER',
        severity: 'warning',
        appointmentId: csa?.id,
        message: expect.stringContaining('Cass Adviser'),
      }),
    ]);
  });

  it('APPOINTMENT_WITHOUT_TERMS_OF_REFERENCE: an appointment in force without terms of reference is a warning', () => {
    const s = withAppointments((l) =>
      l.map((a) => (a.role === 'DO_AI' ? { ...a, hasTermsOfReference: false } : a)),
    );
    const doAi = s.appointments.find((a) => a.role === 'DO_AI');
    expect(findings(s)).toEqual([
      expect.objectContaining({
        code: 'APPOINTMENT_WITHOUT_TERMS_OF_REFERENCE',
        severity: 'warning',
        appointmentId: doAi?.id,
      }),
    ]);
  });

  it('APPOINTMENT_EXPIRED: an ended appointment with nobody in the role now is an error', () => {
    const s = withAppointments((l) =>
      l.map((a) => (a.zoneId === 'Z1' ? { ...a, endsOn: shift(TODAY, -1) } : a)),
    );
    const ended = s.appointments.find((a) => a.zoneId === 'Z1');
    const fs = findings(s);
    expect(only(fs, 'APPOINTMENT_EXPIRED')).toEqual([
      expect.objectContaining({
        severity: 'error',
        appointmentId: ended?.id,
        message: expect.stringContaining(shift(TODAY, -1)),
      }),
    ]);
    expect(only(fs, 'ZONE_WITHOUT_WARDEN')).toMatchObject([{ zoneId: 'Z1' }]);
  });

  it('APPOINTMENT_EXPIRED: not when a successor holds the role now', () => {
    const s = withAppointments((l) => [
      ...l.map((a) => (a.zoneId === 'Z1' ? { ...a, endsOn: shift(TODAY, -30) } : a)),
      appt('WARDEN', { areaId: 'A-CAP', zoneId: 'Z1', startsOn: shift(TODAY, -29) }),
    ]);
    expect(findings(s)).toEqual([]);
    // A successor for another zone does not refill it.
    const elsewhere = withAppointments((l) => [
      ...l.map((a) => (a.zoneId === 'Z1' ? { ...a, endsOn: shift(TODAY, -30) } : a)),
      appt('WARDEN', { areaId: 'A-NORTH', zoneId: 'Z2', startsOn: shift(TODAY, -29) }),
    ]);
    expect(codes(findings(elsewhere))).toContain('APPOINTMENT_EXPIRED');
  });

  it('APPOINTMENT_EXPIRING: an appointment ending within 30 days is info', () => {
    const ending = (n: number) =>
      withAppointments((l) =>
        l.map((a) => (a.role === 'CSA' ? { ...a, endsOn: shift(TODAY, n) } : a)),
      );
    for (const n of [0, 1, 30]) {
      const fs = findings(ending(n));
      expect(fs).toEqual([
        expect.objectContaining({
          code: 'APPOINTMENT_EXPIRING',
          severity: 'info',
          message: expect.stringContaining(shift(TODAY, n)),
        }),
      ]);
    }
    expect(findings(ending(31))).toEqual([]);
  });

  it('PERSONNEL_LIST_STALE: a list updated 91 days ago is stale, 90 days ago is not', () => {
    const updated = (days: number) => {
      const base = country();
      return {
        ...base,
        organizations: base.organizations.map((o) =>
          o.id === 'O-A' ? { ...o, listUpdatedAt: `${shift(TODAY, -days)}T23:59:00.000Z` } : o,
        ),
      };
    };
    const stale = findings(updated(91));
    expect(stale).toEqual([
      expect.objectContaining({
        code: 'PERSONNEL_LIST_STALE',
        severity: 'warning',
        organizationId: 'O-A',
        message: expect.stringContaining('AGA'),
      }),
    ]);
    expect(findings(updated(90))).toEqual([]);
  });

  it('PERSONNEL_LIST_STALE: a list never updated is stale', () => {
    const base = country();
    const s = {
      ...base,
      organizations: base.organizations.map((o) =>
        o.id === 'O-B' ? { ...o, listUpdatedAt: null } : o,
      ),
    };
    expect(findings(s)).toEqual([
      expect.objectContaining({
        code: 'PERSONNEL_LIST_STALE',
        severity: 'warning',
        organizationId: 'O-B',
        message: expect.stringContaining('ever'),
      }),
    ]);
  });

  it('ORGANIZATION_NOT_ON_SMT: an organization with personnel but no SMT member in force is a warning', () => {
    const s = withAppointments((l) =>
      l.filter((a) => !(a.role === 'SMT_MEMBER' && a.organizationId === 'O-B')),
    );
    expect(findings(s)).toEqual([
      expect.objectContaining({
        code: 'ORGANIZATION_NOT_ON_SMT',
        severity: 'warning',
        organizationId: 'O-B',
        message: expect.stringContaining('AGB'),
      }),
    ]);
  });

  it('[002 Annex B ¶15] DSS sits on the SMT through the CSA: not flagged as missing; without a CSA or CSO it is', () => {
    const dss = {
      id: 'O-DSS',
      code: 'DSS',
      personnelCount: 4,
      listUpdatedAt: `${shift(TODAY, -3)}T09:00:00.000Z`,
    };
    const base = country();
    const withDss = { ...base, organizations: [...base.organizations, dss] };
    expect(findings(withDss)).toEqual([]);
    const noAdviser = {
      ...withDss,
      appointments: [...base.appointments.filter((a) => a.role !== 'CSA'), appt('CSFP')],
    };
    expect(only(findings(noAdviser), 'ORGANIZATION_NOT_ON_SMT')).toEqual([
      expect.objectContaining({ organizationId: 'O-DSS' }),
    ]);
  });

  it('[002 Annex B ¶20] a mission’s Chief Security Officer acting as SA satisfies "CSA or CSFP"', () => {
    const s = withAppointments((l) => [...without('CSA')(l), appt('CSO')]);
    expect(codes(findings(s))).not.toContain('NO_SECURITY_ADVISER_OR_FOCAL_POINT');
    expect(codes(findings(withAppointments(without('CSA'))))).toContain(
      'NO_SECURITY_ADVISER_OR_FOCAL_POINT',
    );
  });

  it('organizations with 0 personnel are ignored', () => {
    const base = country();
    const s = {
      ...base,
      organizations: [
        ...base.organizations,
        { id: 'O-EMPTY', code: 'EMPTY', personnelCount: 0, listUpdatedAt: null },
      ],
    };
    expect(findings(s)).toEqual([]);
  });

  it('findings are sorted: errors, then warnings, then info', () => {
    const s = withAppointments((l) => [
      // error (pushed first): no DO; warning: no DO a.i.
      ...l
        .filter((a) => a.role !== 'DO' && a.role !== 'DO_AI' && a.zoneId !== 'Z2')
        // info (pushed before the warning below): the CSA leaves in ten days
        .map((a) => (a.role === 'CSA' ? { ...a, endsOn: shift(TODAY, 10) } : a)),
      // warning: a warden without a letter
      appt('WARDEN', { areaId: 'A-NORTH', zoneId: 'Z2', hasLetter: false }),
      // error (pushed last): a local security assistant left and nobody replaced them
      appt('LSA', { endsOn: shift(TODAY, -5) }),
    ]);
    const fs = findings(s);
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const severities = fs.map((f) => rank[f.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    expect(codes(fs)).toEqual([
      'NO_DO',
      'APPOINTMENT_EXPIRED',
      'NO_DO_AI',
      'APPOINTMENT_WITHOUT_LETTER',
      'APPOINTMENT_EXPIRING',
    ]);
  });

  it('host country agreements: an overdue or undated review warns, a missing security annex informs [003 Rec. 1]', () => {
    const agreement = {
      id: 'H1',
      organizationId: 'O1',
      organizationCode: 'UNDP',
      title: 'SBAA',
      securityAnnex: true,
      reviewDueOn: '2099-01-01',
    };
    expect(findings({ ...country(), hostAgreements: [agreement] })).toEqual([]);
    const fs = findings({
      ...country(),
      hostAgreements: [
        { ...agreement, reviewDueOn: '2000-01-01' },
        { ...agreement, id: 'H2', reviewDueOn: null, securityAnnex: false },
      ],
    });
    expect(codes(fs)).toEqual([
      'HOST_AGREEMENT_REVIEW_OVERDUE',
      'HOST_AGREEMENT_NO_REVIEW_DATE',
      'HOST_AGREEMENT_WITHOUT_SECURITY_ANNEX',
    ]);
    expect(only(fs, 'HOST_AGREEMENT_REVIEW_OVERDUE')[0]).toMatchObject({
      severity: 'warning',
      params: { organization: 'UNDP', title: 'SBAA', date: '2000-01-01' },
    });
  });

  describe('structure rules [002 Annex B ¶16–24]', () => {
    const saso = (over: Partial<Appointment> = {}) =>
      appt('SASO', { organizationId: 'O-A', csaAdInterim: true, ...over });

    it('[002 Annex B ¶24] a single-agency officer acting as CSA a.i. without the DO’s written confirmation is an error', () => {
      const unconfirmed = withAppointments((l) => [...without('CSA')(l), saso()]);
      const fs = findings(unconfirmed);
      expect(only(fs, 'CSA_AD_INTERIM_UNCONFIRMED')).toHaveLength(1);
      expect(only(fs, 'CSA_AD_INTERIM_UNCONFIRMED')[0]?.severity).toBe('error');
      // An unconfirmed a.i. does not stand in for the CSA either.
      expect(codes(fs)).toContain('NO_SECURITY_ADVISER_OR_FOCAL_POINT');
    });

    it('[002 Annex B ¶24] once confirmed by the DO the CSA a.i. stands in for the CSA/SA', () => {
      const confirmed = withAppointments((l) => [
        ...without('CSA')(l),
        saso({ adInterimConfirmed: true }),
      ]);
      expect(findings(confirmed)).toEqual([]);
    });

    it('[002 Annex B ¶21] a CSFP appointed where a CSA/SA is in force is flagged; a CSFP alone is not', () => {
      const both = findings(withAppointments((l) => [...l, appt('CSFP', { personName: 'Fay' })]));
      expect(only(both, 'CSFP_WHERE_SECURITY_ADVISER')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          params: { person: 'Fay', country: 'Testland' },
        }),
      ]);
      expect(findings(withAppointments((l) => [...without('CSA')(l), appt('CSFP')]))).toEqual([]);
    });

    it('[002 Annex B ¶21] neither CSA/SA nor CSFP is flagged only where there are international staff', () => {
      const noAdviser = withAppointments(without('CSA'));
      expect(codes(findings({ ...noAdviser, internationalStaff: 4 }))).toContain(
        'NO_SECURITY_ADVISER_OR_FOCAL_POINT',
      );
      expect(codes(findings({ ...noAdviser, internationalStaff: 0 }))).not.toContain(
        'NO_SECURITY_ADVISER_OR_FOCAL_POINT',
      );
    });

    it('[002 Annex B ¶16] with a peacekeeping mission, a missing military or police head on the SMT is an error', () => {
      const mission = { ...country(), peacekeepingMission: true };
      expect(only(findings(mission), 'PEACEKEEPING_HEAD_NOT_ON_SMT').map((f) => f.params)).toEqual([
        { seat: 'military_component' },
        { seat: 'police_component' },
      ]);
      const seated = {
        ...mission,
        appointments: [
          ...mission.appointments,
          appt('SMT_MEMBER', { smtSeat: 'military_component' }),
          appt('SMT_MEMBER', { smtSeat: 'police_component' }),
        ],
      };
      expect(findings(seated)).toEqual([]);
      expect(codes(findings(country()))).not.toContain('PEACEKEEPING_HEAD_NOT_ON_SMT');
    });

    it('[002 Annex B ¶24] an appointment in force without an end date is reported (info)', () => {
      const open = withAppointments((l) => [
        ...l,
        appt('LSA', { endsOn: null, personName: 'Lou' }),
      ]);
      expect(findings(open)).toEqual([
        expect.objectContaining({
          code: 'APPOINTMENT_WITHOUT_END_DATE',
          severity: 'info',
          params: { person: 'Lou', role: 'LSA' },
        }),
      ]);
    });
  });
});
