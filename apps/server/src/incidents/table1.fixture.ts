/**
 * Seed 003 (JIU/REP/2016/9), Table 1: United Nations civilian personnel affected by security
 * incidents from 2010 to June 2016, as printed.
 */
export const TABLE1_YEARS = [2010, 2011, 2012, 2013, 2014, 2015, 2016] as const;
export const TABLE1: Record<string, readonly number[]> = {
  FATALITY_VIOLENCE: [5, 26, 19, 18, 15, 23, 5],
  FATALITY_SAFETY: [19, 44, 15, 10, 15, 16, 7],
  INJURY_VIOLENCE: [68, 145, 112, 82, 65, 99, 33],
  INJURY_SAFETY: [164, 166, 209, 144, 101, 130, 3],
  ABDUCTION: [12, 21, 31, 17, 6, 21, 2],
  ROBBERY: [239, 417, 408, 314, 530, 511, 242],
  RESIDENCE_BREAK_IN: [35, 20, 31, 23, 37, 72, 41],
  AGGRAVATED_ASSAULT: [64, 31, 44, 35, 104, 81, 40],
  SEXUAL_ASSAULT: [9, 5, 4, 4, 8, 12, 13],
  BURGLARY_RESIDENCE: [385, 418, 493, 322, 430, 380, 150],
  INTIMIDATION: [210, 224, 209, 81, 149, 228, 107],
  HARASSMENT: [17, 46, 52, 27, 146, 177, 67],
  ARREST_DETENTION: [211, 195, 165, 138, 128, 69, 39],
};
/**
 * The printed "Total" row. For 2011, 2012 and 2013 it is one more than the sum of the cells
 * above it (1,758, 1,792 and 1,215): Fieldsafe's totals are always the sums of their cells.
 */
export const TABLE1_TOTALS = [1438, 1759, 1793, 1216, 1734, 1819, 749] as const;
