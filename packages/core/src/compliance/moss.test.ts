import { describe, expect, it } from 'vitest';
import {
  areaForCode,
  findMeasure,
  measuresByArea,
  measuresForPremises,
  MOSS_AREA_INFO,
  MOSS_AREAS,
  MOSS_CODE_PATTERN,
  PREMISES_TYPES,
} from './moss.ts';
import { MOSS_CATALOGUE } from './moss-catalogue.ts';

const codes = (list: readonly { code: string }[]) => list.map((m) => m.code);

describe('default MOSS catalogue', () => {
  it('holds between 30 and 40 measures with unique, well-formed codes', () => {
    expect(MOSS_CATALOGUE.length).toBeGreaterThanOrEqual(30);
    expect(MOSS_CATALOGUE.length).toBeLessThanOrEqual(40);
    expect(new Set(codes(MOSS_CATALOGUE)).size).toBe(MOSS_CATALOGUE.length);
    for (const m of MOSS_CATALOGUE) expect(m.code).toMatch(MOSS_CODE_PATTERN);
  });

  it('files every measure under the area its code names', () => {
    for (const m of MOSS_CATALOGUE) {
      expect(m.code.slice(0, 3)).toBe(MOSS_AREA_INFO[m.area].codePrefix);
    }
  });

  it('covers every area', () => {
    const byArea = measuresByArea(MOSS_CATALOGUE);
    for (const area of MOSS_AREAS) expect(byArea[area].length).toBeGreaterThan(0);
  });

  it('gives every measure an English and a French title, premises and a source', () => {
    for (const m of MOSS_CATALOGUE) {
      expect(m.title.en.trim()).not.toBe('');
      expect(m.title.fr.trim()).not.toBe('');
      expect(m.title.fr).not.toBe(m.title.en);
      expect(m.appliesTo.length).toBeGreaterThan(0);
      expect(m.sources.length).toBeGreaterThan(0);
    }
  });

  it('requires every residential measure to be justified by the SRA', () => {
    const residential = measuresByArea(MOSS_CATALOGUE).residential;
    for (const m of residential) {
      expect(m.requiresSraJustification).toBe(true);
      expect(m.appliesTo).toEqual(['residence']);
    }
  });

  it('issues VHF/UHF radios to international personnel, drivers, wardens and essential staff', () => {
    const titles = measuresByArea(MOSS_CATALOGUE).telecommunications.map((m) => m.title.en);
    for (const who of ['international staff', 'driver', 'warden', 'deemed essential']) {
      expect(titles.some((t) => t.includes('VHF/UHF') && t.includes(who))).toBe(true);
    }
  });

  it('makes radio checks depend on the SRA', () => {
    expect(findMeasure(MOSS_CATALOGUE, 'TEL-05')?.basis).toBe('where_sra_requires');
  });

  it('tests building evacuation plans at least every six months', () => {
    expect(findMeasure(MOSS_CATALOGUE, 'PRE-04')).toMatchObject({
      area: 'premises',
      intervalMonths: 6,
    });
  });

  it('equips vehicles with first-aid kit, spare tyre, recovery gear and seat belts', () => {
    const titles = measuresByArea(MOSS_CATALOGUE).vehicles.map((m) => m.title.en.toLowerCase());
    for (const item of ['first-aid kit', 'spare tyre', 'recovery gear', 'seat belts']) {
      expect(titles.some((t) => t.includes(item))).toBe(true);
    }
  });

  it('uses only known premises types', () => {
    for (const m of MOSS_CATALOGUE) {
      for (const p of m.appliesTo) expect(PREMISES_TYPES).toContain(p);
    }
  });
});

describe('measures for a type of premises', () => {
  it('gives a residence only residential measures', () => {
    const areas = new Set(measuresForPremises(MOSS_CATALOGUE, 'residence').map((m) => m.area));
    expect([...areas]).toEqual(['residential']);
  });

  it('gives an office no residential measure but access control and perimeter', () => {
    const office = codes(measuresForPremises(MOSS_CATALOGUE, 'office'));
    expect(office).toContain('PRE-01');
    expect(office).toContain('PRE-02');
    expect(office.some((c) => c.startsWith('RES-'))).toBe(false);
  });

  it('gives ASITF only to field offices', () => {
    expect(codes(measuresForPremises(MOSS_CATALOGUE, 'field_office'))).toContain('TRN-02');
    expect(codes(measuresForPremises(MOSS_CATALOGUE, 'office'))).not.toContain('TRN-02');
  });

  it('keeps catalogue order', () => {
    const positions = measuresForPremises(MOSS_CATALOGUE, 'warehouse').map((m) =>
      MOSS_CATALOGUE.indexOf(m),
    );
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.length).toBeGreaterThan(0);
  });
});

describe('areaForCode', () => {
  it.each([
    ['TEL-01', 'telecommunications'],
    ['RES-05', 'residential'],
    ['XYZ-01', null],
    ['TEL-1', null],
    ['tel-01', null],
  ])('%s belongs to %s', (code, area) => {
    expect(areaForCode(code)).toBe(area);
  });
});
