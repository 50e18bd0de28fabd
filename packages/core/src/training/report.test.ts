import { describe, expect, it } from 'vitest';
import { trainingReport, type TrainedPerson } from './report.ts';
import type { Certificate } from './training.ts';

const people: TrainedPerson[] = [
  { personId: 'P1', countryId: 'SD', organizationId: 'UNICEF' },
  { personId: 'P2', countryId: 'SD', organizationId: 'UNICEF' },
  { personId: 'P3', countryId: 'SD', organizationId: 'WFP' },
  { personId: 'P4', countryId: 'HT', organizationId: 'UNICEF' },
];

function cert(id: string, personId: string, course: string, issuedOn: string): Certificate {
  return { id, personId, course, issuedOn };
}

const certificates: Certificate[] = [
  cert('c1', 'P1', 'BSITF', '2022-03-01'), // valid until 2025-03-01
  cert('c2', 'P1', 'ASITF', '2021-07-15'), // expires 2024-07-15: 45 days after the report date
  cert('c3', 'P2', 'BSITF', '2020-01-01'), // expired
  cert('c4', 'P3', 'BSITF', '2021-06-20'), // expires 2024-06-20: 20 days after
  cert('c5', 'P3', 'BSITF', '2019-01-01'), // older, superseded
  cert('c6', 'P4', 'SSAFE', '2024-01-01'),
  cert('c7', 'P-unknown', 'BSITF', '2024-01-01'),
];

describe('training report', () => {
  const report = trainingReport({
    personnel: people,
    certificates,
    onDate: '2024-05-31',
    expiringWithinDays: 30,
  });

  it('counts trained personnel per country by organization, sorted', () => {
    expect(report.rows.map((r) => [r.countryId, r.organizationId, r.personnel])).toEqual([
      ['HT', 'UNICEF', 1],
      ['SD', 'UNICEF', 2],
      ['SD', 'WFP', 1],
    ]);
    const sdUnicef = report.rows[1];
    expect(sdUnicef?.courses).toEqual({
      BSITF: { trained: 1, expiring: 0 },
      ASITF: { trained: 1, expiring: 1 },
      SSAFE: { trained: 0, expiring: 0 },
    });
    expect(report.rows[0]?.courses.SSAFE).toEqual({ trained: 1, expiring: 0 });
  });

  it('lists the certificates expiring in the next N days, soonest first', () => {
    expect(report.expiring).toEqual([
      {
        personId: 'P3',
        countryId: 'SD',
        organizationId: 'WFP',
        course: 'BSITF',
        certificateId: 'c4',
        expiresOn: '2024-06-20',
        daysLeft: 20,
      },
    ]);
    const wider = trainingReport({
      personnel: people,
      certificates,
      onDate: '2024-05-31',
      expiringWithinDays: 60,
    });
    expect(wider.expiring.map((e) => e.certificateId)).toEqual(['c4', 'c2']);
  });

  it('counts only the courses asked for, and each person once', () => {
    const only = trainingReport({
      personnel: [...people, people[0]!],
      certificates,
      onDate: '2024-05-31',
      expiringWithinDays: 0,
      courses: ['BSITF', 'BSITF'],
    });
    expect(only.courses).toEqual(['BSITF']);
    expect(only.rows.find((r) => r.organizationId === 'WFP')?.courses).toEqual({
      BSITF: { trained: 1, expiring: 1 },
    });
    expect(only.rows.reduce((n, r) => n + r.personnel, 0)).toBe(4);
    expect(only.expiring).toEqual([]);
  });
});
