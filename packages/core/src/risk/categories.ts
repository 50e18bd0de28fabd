/** The lists a security risk assessment chooses from (the API and the web app's editor). */

/** UNSMS threat categories of a risk. */
export const THREAT_CATEGORIES = [
  'armed_conflict',
  'terrorism',
  'crime',
  'civil_unrest',
  'hazards',
] as const;
export type ThreatCategory = (typeof THREAT_CATEGORIES)[number];

/** What a risk may harm. */
export const EXPOSED = ['personnel', 'premises', 'assets', 'programmes'] as const;

/** How critical a programme goal is to the organization. */
export const GOAL_CRITICALITY = ['low', 'medium', 'high', 'critical'] as const;
