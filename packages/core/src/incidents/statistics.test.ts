import { describe, expect, it } from 'vitest';
import { canMoveIncident, INCIDENT_CATEGORIES } from './categories.ts';
import { crossTab, trend } from './statistics.ts';

describe('incident statistics', () => {
  it('every total is the sum of the cells it covers', () => {
    const tab = crossTab(
      [
        { category: 'ROBBERY', year: 2015, count: 3 },
        { category: 'ROBBERY', year: 2016, count: 2 },
        { category: 'ROBBERY', year: 2016, count: 1 },
        { category: 'ABDUCTION', year: 2015, count: 4 },
      ],
      ['ABDUCTION', 'ROBBERY', 'HARASSMENT'],
      [2015, 2016],
    );
    expect(tab.cells).toEqual({
      ABDUCTION: { 2015: 4, 2016: 0 },
      ROBBERY: { 2015: 3, 2016: 3 },
      HARASSMENT: { 2015: 0, 2016: 0 },
    });
    expect(tab.rowTotals).toEqual({ ABDUCTION: 4, ROBBERY: 6, HARASSMENT: 0 });
    expect(tab.columnTotals).toEqual({ 2015: 7, 2016: 3 });
    expect(tab.total).toBe(10);
  });

  it('counts outside the listed categories or years are not shown and not totalled', () => {
    const tab = crossTab(
      [
        { category: 'FIRE', year: 2015, count: 9 },
        { category: 'ROBBERY', year: 1999, count: 9 },
      ],
      ['ROBBERY'],
      [2015],
    );
    expect(tab.total).toBe(0);
  });

  it('the trend gives the change from the year before', () => {
    const tab = crossTab(
      [
        { category: 'ROBBERY', year: 2015, count: 5 },
        { category: 'ROBBERY', year: 2016, count: 2 },
      ],
      ['ROBBERY'],
      [2015, 2016],
    );
    expect(trend(tab, 'ROBBERY')).toEqual([
      { year: 2015, count: 5, change: null },
      { year: 2016, count: 2, change: -3 },
    ]);
  });

  it('the thirteen rows of seed 003 Table 1 are categories', () => {
    expect(INCIDENT_CATEGORIES.filter((c) => c.table1)).toHaveLength(13);
  });

  it('an incident moves draft → reported → verified → closed, never back', () => {
    expect(canMoveIncident('draft', 'reported')).toBe(true);
    expect(canMoveIncident('reported', 'verified')).toBe(true);
    expect(canMoveIncident('verified', 'closed')).toBe(true);
    expect(canMoveIncident('closed', 'reported')).toBe(false);
    expect(canMoveIncident('draft', 'verified')).toBe(false);
  });
});
