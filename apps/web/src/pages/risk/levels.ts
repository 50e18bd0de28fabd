import { riskLevel, type RatingValue } from '@fieldsafe/core';

/** Level of a cell of the matrix, by core's bands. */
export function levelOf(likelihood: number, impact: number): string {
  return riskLevel({ likelihood: likelihood as RatingValue, impact: impact as RatingValue });
}

export const LEVEL_COLOURS: Record<string, string> = {
  negligible: '#d9f0d3',
  low: '#a6dba0',
  medium: '#fee08b',
  high: '#fdae61',
  critical: '#d73027',
};
