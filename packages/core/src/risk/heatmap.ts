import { RATING_VALUES, type RiskRating } from './scale.ts';

/**
 * Counts of risks per cell of the 5×5 matrix. `grid[likelihood - 1][impact - 1]`: rows are
 * likelihood 1–5, columns impact 1–5, as in the guide's matrix [seed 000, Annex D].
 */
export type HeatGrid = readonly (readonly number[])[];

export interface RiskHeatMap {
  inherent: HeatGrid;
  residual: HeatGrid;
  /** How many risks were counted; every risk counts in `inherent`. */
  total: number;
  /** Risks without a residual rating yet: counted in `inherent` only. */
  residualUnrated: number;
}

export interface HeatMapRisk {
  inherent: RiskRating;
  residual: RiskRating | null;
}

export function emptyHeatGrid(): number[][] {
  return RATING_VALUES.map(() => RATING_VALUES.map(() => 0));
}

/** The count in one cell of a grid. */
export function heatCell(grid: HeatGrid, rating: RiskRating): number {
  return grid[rating.likelihood - 1]?.[rating.impact - 1] ?? 0;
}

export function heatMap(risks: readonly HeatMapRisk[]): RiskHeatMap {
  const inherent = emptyHeatGrid();
  const residual = emptyHeatGrid();
  let residualUnrated = 0;
  for (const risk of risks) {
    increment(inherent, risk.inherent);
    if (risk.residual === null) residualUnrated += 1;
    else increment(residual, risk.residual);
  }
  return { inherent, residual, total: risks.length, residualUnrated };
}

function increment(grid: number[][], rating: RiskRating): void {
  const row = grid[rating.likelihood - 1];
  if (row === undefined || row[rating.impact - 1] === undefined) {
    throw new RangeError(`Not a rating: ${rating.likelihood} × ${rating.impact}`);
  }
  row[rating.impact - 1] = (row[rating.impact - 1] ?? 0) + 1;
}
