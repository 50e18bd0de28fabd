import { describe, expect, it } from 'vitest';
import {
  complianceByCountry,
  complianceByLocation,
  complianceByOrganization,
  complianceRate,
  countStatuses,
  isMeasureStatus,
  summarizeCompliance,
  type MeasureStatus,
  type MeasureStatusRow,
} from './compliance.ts';

const repeat = (status: MeasureStatus, n: number): MeasureStatus[] =>
  Array.from({ length: n }, () => status);

describe('complianceRate', () => {
  it('is null when there are no measures', () => {
    expect(complianceRate([])).toBeNull();
  });

  it('is null when no measure applies', () => {
    expect(complianceRate(['not_applicable', 'not_applicable'])).toBeNull();
  });

  it('is implemented ÷ applicable, leaving out measures that do not apply', () => {
    expect(
      complianceRate(['implemented', 'implemented', 'not_implemented', 'not_applicable']),
    ).toEqual({ numerator: 2, denominator: 3, percent: 66.7 });
  });

  it('counts a partially implemented measure as half', () => {
    expect(complianceRate(['implemented', 'partially_implemented'])).toEqual({
      numerator: 3,
      denominator: 4,
      percent: 75,
    });
    expect(complianceRate(['partially_implemented'])).toEqual({
      numerator: 1,
      denominator: 2,
      percent: 50,
    });
  });

  it('is 0 % when nothing applicable is implemented', () => {
    expect(complianceRate(['not_implemented', 'not_applicable'])?.percent).toBe(0);
  });

  it('is 100 % when everything applicable is implemented', () => {
    expect(complianceRate(['implemented', 'not_applicable'])).toEqual({
      numerator: 1,
      denominator: 1,
      percent: 100,
    });
  });

  it('rounds to one decimal: 5 of 6 measures is 83.3 %', () => {
    expect(complianceRate([...repeat('implemented', 5), 'not_implemented'])?.percent).toBe(83.3);
  });

  it('rounds a half up: 1 partial of 8 is 1/16, 6.3 %', () => {
    const statuses = ['partially_implemented' as const, ...repeat('not_implemented', 7)];
    expect(complianceRate(statuses)).toEqual({ numerator: 1, denominator: 16, percent: 6.3 });
  });
});

describe('summarizeCompliance', () => {
  it('counts every status and the applicable measures', () => {
    const summary = summarizeCompliance([
      'implemented',
      'partially_implemented',
      'not_implemented',
      'not_applicable',
      'implemented',
    ]);
    expect(summary.counts).toEqual({
      implemented: 2,
      partially_implemented: 1,
      not_implemented: 1,
      not_applicable: 1,
    });
    expect(summary.applicable).toBe(4);
    expect(summary.rate).toEqual({ numerator: 5, denominator: 8, percent: 62.5 });
  });

  it('summarizes an empty list with zero counts and no rate', () => {
    expect(summarizeCompliance([])).toEqual({
      counts: countStatuses([]),
      applicable: 0,
      rate: null,
    });
  });
});

describe('isMeasureStatus', () => {
  it.each(['implemented', 'not_applicable'])('accepts %s', (value) => {
    expect(isMeasureStatus(value)).toBe(true);
  });
  it.each(['done', '', null, 1])('refuses %j', (value) => {
    expect(isMeasureStatus(value)).toBe(false);
  });
});

describe('aggregations', () => {
  const row = (
    locationId: string,
    organizationId: string,
    countryId: string,
    status: MeasureStatus,
  ): MeasureStatusRow => ({ measureCode: 'TEL-01', status, locationId, organizationId, countryId });

  const rows = [
    row('juba-office', 'unicef', 'ssd', 'implemented'),
    row('juba-office', 'wfp', 'ssd', 'not_implemented'),
    row('bor-office', 'unicef', 'ssd', 'partially_implemented'),
    row('bor-office', 'unicef', 'ssd', 'not_applicable'),
    row('goma-office', 'wfp', 'cod', 'implemented'),
  ];

  it('groups by location, sorted by id', () => {
    expect(complianceByLocation(rows).map((g) => [g.key, g.summary.rate?.percent ?? null])).toEqual(
      [
        ['bor-office', 50],
        ['goma-office', 100],
        ['juba-office', 50],
      ],
    );
  });

  it('groups by organization', () => {
    const byOrg = complianceByOrganization(rows);
    expect(byOrg.map((g) => g.key)).toEqual(['unicef', 'wfp']);
    expect(byOrg[0]?.summary.rate).toEqual({ numerator: 3, denominator: 4, percent: 75 });
    expect(byOrg[1]?.summary.applicable).toBe(2);
  });

  it('groups by country', () => {
    const byCountry = complianceByCountry(rows);
    expect(byCountry.map((g) => [g.key, g.summary.applicable])).toEqual([
      ['cod', 1],
      ['ssd', 3],
    ]);
    expect(byCountry[1]?.summary.rate).toEqual({ numerator: 1, denominator: 2, percent: 50 });
  });

  it('gives a group where nothing applies a null rate', () => {
    const only = [row('hq', 'unicef', 'che', 'not_applicable')];
    expect(complianceByLocation(only)).toEqual([
      { key: 'hq', summary: expect.objectContaining({ applicable: 0, rate: null }) },
    ]);
  });

  it('returns no groups for no rows', () => {
    expect(complianceByCountry([])).toEqual([]);
  });
});
