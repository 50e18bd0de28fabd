import { describe, expect, it } from 'vitest';
import { mouInForce, partnerFlags, partnerIssues, partnerMaySee } from './slt.ts';

const today = '2026-06-15';
const inForce = {
  mouSignedOn: '2024-01-10',
  mouExpiresOn: '2027-01-09',
  sharedKinds: ['security_levels', 'risk_assessments'] as const,
};

describe('Saving Lives Together partners [002 ¶4, 002 Annex C §3(b), 003 ¶140]', () => {
  it('an MoU is in force from its signature to its expiry date; an unsigned one never', () => {
    expect(mouInForce(inForce, today)).toBe(true);
    expect(mouInForce({ mouSignedOn: '2024-01-10', mouExpiresOn: today }, today)).toBe(true);
    expect(mouInForce({ mouSignedOn: '2024-01-10', mouExpiresOn: '2026-06-14' }, today)).toBe(
      false,
    );
    expect(mouInForce({ mouSignedOn: null, mouExpiresOn: null }, today)).toBe(false);
    expect(mouInForce({ mouSignedOn: '2026-07-01', mouExpiresOn: null }, today)).toBe(false);
  });

  it('an expired MoU is flagged, and so is one expiring within 60 days or not yet in force', () => {
    expect(partnerFlags({ mouSignedOn: '2023-01-01', mouExpiresOn: '2026-05-31' }, today)).toEqual([
      'mou_expired',
    ]);
    expect(partnerFlags({ mouSignedOn: '2023-01-01', mouExpiresOn: '2026-08-14' }, today)).toEqual([
      'mou_expires_soon',
    ]);
    expect(partnerFlags({ mouSignedOn: null, mouExpiresOn: null }, today)).toEqual([
      'mou_not_in_force',
    ]);
    expect(partnerFlags(inForce, today)).toEqual([]);
  });

  it('a partner sees public records or records marked shareable, of the kinds chosen for it', () => {
    const pub = { classification: 'public', sltShareable: false } as const;
    const marked = { classification: 'restricted', sltShareable: true } as const;
    const restricted = { classification: 'restricted', sltShareable: false } as const;
    expect(partnerMaySee(inForce, 'risk_assessments', pub, today)).toBe(true);
    expect(partnerMaySee(inForce, 'risk_assessments', marked, today)).toBe(true);
    expect(partnerMaySee(inForce, 'risk_assessments', restricted, today)).toBe(false);
    expect(partnerMaySee(inForce, 'crisis_logs', pub, today)).toBe(false);
    expect(partnerMaySee(inForce, 'security_levels', null, today)).toBe(true);
  });

  it('an expired MoU shares nothing at all', () => {
    const expired = { ...inForce, mouExpiresOn: '2026-06-14' };
    const pub = { classification: 'public', sltShareable: true } as const;
    expect(partnerMaySee(expired, 'risk_assessments', pub, today)).toBe(false);
    expect(partnerMaySee(expired, 'security_levels', null, today)).toBe(false);
  });

  it('an MoU does not expire before it is signed; shared kinds are not repeated', () => {
    expect(
      partnerIssues({ mouSignedOn: '2026-01-01', mouExpiresOn: '2025-12-31', sharedKinds: [] }),
    ).toEqual([{ path: 'mouExpiresOn', message: 'must not be before mouSignedOn' }]);
    expect(
      partnerIssues({
        mouSignedOn: null,
        mouExpiresOn: null,
        sharedKinds: ['advisories', 'advisories'],
      }),
    ).toEqual([{ path: 'sharedKinds', message: 'must not repeat a kind' }]);
  });
});
