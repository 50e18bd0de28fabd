/** One count: a category in a year (and optionally an organization or country). */
export interface CountCell {
  category: string;
  year: number;
  count: number;
}

export interface CrossTab {
  categories: string[];
  years: number[];
  /** cells[category][year] */
  cells: Record<string, Record<number, number>>;
  rowTotals: Record<string, number>;
  columnTotals: Record<number, number>;
  total: number;
}

/**
 * Category × year table. Totals are always the sums of the cells shown: rows and columns in the
 * order given (categories with no count still appear when listed), zero where nothing was counted.
 */
export function crossTab(
  counts: readonly CountCell[],
  categories: readonly string[],
  years: readonly number[],
): CrossTab {
  const cells: Record<string, Record<number, number>> = {};
  for (const c of categories) cells[c] = Object.fromEntries(years.map((y) => [y, 0]));
  for (const { category, year, count } of counts) {
    const row = cells[category];
    if (row && year in row) row[year] = (row[year] ?? 0) + count;
  }
  const rowTotals: Record<string, number> = {};
  const columnTotals: Record<number, number> = Object.fromEntries(years.map((y) => [y, 0]));
  let total = 0;
  for (const c of categories) {
    let sum = 0;
    for (const y of years) {
      const v = cells[c]?.[y] ?? 0;
      sum += v;
      columnTotals[y] = (columnTotals[y] ?? 0) + v;
    }
    rowTotals[c] = sum;
    total += sum;
  }
  return { categories: [...categories], years: [...years], cells, rowTotals, columnTotals, total };
}

/** Year-on-year change per category: the trend the statistics page shows. */
export function trend(
  tab: CrossTab,
  category: string,
): { year: number; count: number; change: number | null }[] {
  return tab.years.map((year, i) => {
    const count = tab.cells[category]?.[year] ?? 0;
    const prev = i > 0 ? (tab.cells[category]?.[tab.years[i - 1] as number] ?? 0) : null;
    return { year, count, change: prev === null ? null : count - prev };
  });
}
