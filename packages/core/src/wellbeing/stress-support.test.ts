import { describe, expect, it } from 'vitest';
import type { Actor, ActorAppointment } from '../access/policy.ts';
import {
  followUpOverdue,
  supportAccess,
  supportCaseIssues,
  supportCounts,
  supportSessionIssues,
} from './stress-support.ts';

function actor(over: Partial<Actor> = {}, appts: Partial<ActorAppointment>[] = []): Actor {
  return {
    userId: 'U1',
    personId: 'P-me',
    isSystemAdmin: false,
    homeCountryId: 'C1',
    appointments: appts.map((a) => ({
      role: 'DO',
      countryId: 'C1',
      areaId: null,
      zoneId: null,
      organizationId: null,
      ...a,
    })),
    ...over,
  };
}

const record = { countryId: 'C1', organizationId: 'O1', personId: 'P-other' };

describe('stress support is confidential [003 ¶169, 000 §26b]', () => {
  it('a counsellor designated for the country sees the individual record', () => {
    const c = actor({
      designations: [{ kind: 'COUNSELLOR', countryId: 'C1', organizationId: null }],
    });
    expect(supportAccess(c, record)).toBe('record');
  });

  it('a counsellor of another country, or of another organization, sees nothing', () => {
    const elsewhere = actor({
      designations: [{ kind: 'COUNSELLOR', countryId: 'C2', organizationId: null }],
    });
    expect(supportAccess(elsewhere, record)).toBe('none');
    const otherOrg = actor({
      designations: [{ kind: 'COUNSELLOR', countryId: 'C1', organizationId: 'O2' }],
    });
    expect(supportAccess(otherOrg, record)).toBe('none');
    const ownOrg = actor({
      designations: [{ kind: 'COUNSELLOR', countryId: 'C1', organizationId: 'O1' }],
    });
    expect(supportAccess(ownOrg, record)).toBe('record');
  });

  it('the DO, the CSA and the HQ focal point see counts only', () => {
    expect(supportAccess(actor({}, [{ role: 'DO' }]), record)).toBe('counts');
    expect(supportAccess(actor({}, [{ role: 'CSA' }]), record)).toBe('counts');
    const hq = actor({}, [{ role: 'HQ_SFP', countryId: null, organizationId: 'O1' }]);
    expect(supportAccess(hq, record)).toBe('counts');
    expect(supportAccess(hq, { ...record, organizationId: 'O2' })).toBe('none');
  });

  it('a system administrator sees counts, never the individual record', () => {
    expect(supportAccess(actor({ isSystemAdmin: true }), record)).toBe('counts');
  });

  it('the person concerned sees their own record; a warden or a colleague nothing', () => {
    expect(supportAccess(actor({ personId: 'P-other' }), record)).toBe('record');
    expect(supportAccess(actor({}, [{ role: 'WARDEN', zoneId: 'Z1' }]), record)).toBe('none');
    expect(supportAccess(actor(), record)).toBe('none');
  });
});

describe('follow-up of affected personnel and families [000 §26b ii]', () => {
  const today = '2026-06-15';
  it('an open case whose next follow-up date has passed is overdue', () => {
    expect(
      followUpOverdue(
        { openedOn: '2026-05-01', nextFollowUpOn: '2026-06-14', closedOn: null },
        today,
      ),
    ).toBe(true);
    expect(
      followUpOverdue(
        { openedOn: '2026-05-01', nextFollowUpOn: '2026-06-15', closedOn: null },
        today,
      ),
    ).toBe(false);
  });

  it('an open case with no follow-up planned is overdue: long-term follow-up is what was lacking', () => {
    expect(
      followUpOverdue({ openedOn: '2026-05-01', nextFollowUpOn: null, closedOn: null }, today),
    ).toBe(true);
  });

  it('a closed case is never overdue', () => {
    expect(
      followUpOverdue(
        { openedOn: '2026-05-01', nextFollowUpOn: '2026-05-10', closedOn: '2026-06-01' },
        today,
      ),
    ).toBe(false);
  });

  it('counts: sessions held to date, participants, people followed, open and overdue cases', () => {
    const counts = supportCounts(
      [
        { personId: 'A', openedOn: '2026-05-01', nextFollowUpOn: '2026-06-01', closedOn: null },
        { personId: 'A', openedOn: '2026-05-20', nextFollowUpOn: '2026-07-01', closedOn: null },
        { personId: 'B', openedOn: '2026-05-01', nextFollowUpOn: null, closedOn: '2026-06-01' },
      ],
      [
        { heldOn: '2026-05-02', participants: 12 },
        { heldOn: '2026-05-03', participants: 1 },
        { heldOn: '2026-07-01', participants: 5 },
      ],
      today,
    );
    expect(counts).toEqual({
      sessionsHeld: 2,
      participants: 13,
      peopleFollowed: 2,
      openCases: 2,
      followUpsOverdue: 1,
    });
  });
});

describe('records per crisis or incident [003 ¶169]', () => {
  it('a case names its crisis or incident, and its dates follow its opening', () => {
    const base = {
      crisisId: null,
      incidentId: 'I1',
      openedOn: '2026-05-01',
      nextFollowUpOn: null,
      closedOn: null,
    };
    expect(supportCaseIssues(base)).toEqual([]);
    expect(supportCaseIssues({ ...base, incidentId: null }).map((i) => i.path)).toEqual([
      'crisisId',
    ]);
    expect(
      supportCaseIssues({ ...base, nextFollowUpOn: '2026-04-01', closedOn: '2026-04-30' }).map(
        (i) => i.path,
      ),
    ).toEqual(['nextFollowUpOn', 'closedOn']);
  });

  it('an individual session has one participant and a case; a group session two or more', () => {
    const s = {
      caseId: 'K1',
      crisisId: null,
      incidentId: null,
      kind: 'individual' as const,
      participants: 1,
    };
    expect(supportSessionIssues(s)).toEqual([]);
    expect(supportSessionIssues({ ...s, participants: 3 }).map((i) => i.path)).toEqual([
      'participants',
    ]);
    expect(supportSessionIssues({ ...s, caseId: null, crisisId: 'X1' }).map((i) => i.path)).toEqual(
      ['caseId'],
    );
    expect(
      supportSessionIssues({ ...s, caseId: null, kind: 'group', participants: 1 }).map(
        (i) => i.path,
      ),
    ).toEqual(['crisisId', 'participants']);
    expect(
      supportSessionIssues({ ...s, caseId: null, crisisId: 'X1', kind: 'group', participants: 9 }),
    ).toEqual([]);
  });
});
