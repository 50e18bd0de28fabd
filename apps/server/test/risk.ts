import type { World } from './factories.ts';

/** A risk of the threat at index `threat`, rated [likelihood, impact] before and after measures. */
export function testRisk(
  threat: number,
  exposed: string,
  description: string,
  [il, ii]: [number, number],
  [rl, ri]: [number, number],
  more: Record<string, unknown> = {},
) {
  return {
    threat,
    exposed,
    description,
    inherent: { likelihood: il, impact: ii },
    residual: { likelihood: rl, impact: ri },
    ...more,
  };
}

/** The body of a new duty-station risk assessment in the test world's town; `over` replaces fields. */
export const assessmentBody = (w: World, over: Record<string, unknown> = {}) => ({
  locationType: 'duty_station',
  countryId: w.country.id,
  dutyStationId: w.town.id,
  title: 'Town SRA',
  acceptableLevel: 'medium',
  assessedOn: '2026-01-10',
  reviewDue: '2026-07-10',
  goals: [{ title: 'Vaccination campaign', criticality: 'critical' }],
  threats: [
    {
      category: 'crime',
      title: 'Armed robbery on the main road',
      mindSet: 'Opportunistic',
      capability: 'Small arms',
      context: 'Checkpoints at night',
    },
    { category: 'hazards', title: 'Flooding', human: false },
  ],
  risks: [
    testRisk(0, 'personnel', 'Staff robbed on the road', [4, 4], [3, 4], {
      measures: ['Convoys by day only'],
    }),
    testRisk(1, 'premises', 'Office flooded', [2, 3], [2, 2], { strategies: ['transfer'] }),
  ],
  ...over,
});
