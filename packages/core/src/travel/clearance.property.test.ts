import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Certificate } from '../training/index.ts';
import { addDays } from '../dates.ts';
import { evaluateClearance, outcomeOf, severityRank } from './clearance.ts';
import type {
  ClearanceInput,
  ClearanceOutcome,
  DestinationState,
  Leg,
  OrganizationSanction,
  Reason,
} from './types.ts';

const BASE = '2025-01-01';
const day = (n: number) => addDays(BASE, n);
const PLACES = ['L1', 'L2', 'L3'] as const;
const COUNTRY_OF: Record<string, string> = { L1: 'C1', L2: 'C1', L3: 'C2' };
const OUTCOME_RANK: Record<ClearanceOutcome, number> = { approve: 0, refer: 1, refuse: 2 };

const destinationAt = (locationId: string): fc.Arbitrary<DestinationState> =>
  fc.record({
    locationId: fc.constant(locationId),
    countryId: fc.constant(COUNTRY_OF[locationId] ?? 'C0'),
    name: fc.constant(locationId),
    kind: fc.constantFrom('headquarters' as const, 'field' as const),
    securityLevel: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    ssafeMandatory: fc.boolean(),
    ssafeMandatoryFrom: fc.option(fc.integer({ min: 0, max: 120 }).map(day), { nil: null }),
    staffCeiling: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 2 }),
    plannedHeadcount: fc.integer({ min: 0, max: 10 }),
    approver: fc.constant({ personId: `A-${locationId}`, role: 'DO' }),
  });

/** Usually every place is known; sometimes one is missing, to exercise unknown destinations. */
const destinations = fc
  .tuple(...PLACES.map(destinationAt))
  .chain((all) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(all) },
      { weight: 1, arbitrary: fc.subarray(all) },
    ),
  );

const certificate: fc.Arbitrary<Certificate> = fc.record({
  id: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'),
  personId: fc.constant('P1'),
  course: fc.constantFrom('BSITF', 'ASITF', 'SSAFE', 'WSAT'),
  issuedOn: fc.integer({ min: -1200, max: 30 }).map(day),
  refresherMonths: fc.option(fc.integer({ min: 6, max: 48 }), { nil: undefined }),
});

/** Often the traveller holds recent core certificates, plus some random older ones. */
const GOOD: Certificate[] = ['BSITF', 'ASITF', 'SSAFE'].map((course) => ({
  id: `good-${course}`,
  personId: 'P1',
  course,
  issuedOn: day(-300),
}));
const certificates = fc
  .tuple(fc.subarray(GOOD), fc.array(certificate, { maxLength: 5 }))
  .map(([good, random]) => [...good, ...random]);

/** Legs mostly one after another; a negative gap or length makes an invalid itinerary. */
const legs: fc.Arbitrary<Leg[]> = fc
  .tuple(
    fc.integer({ min: -20, max: 60 }),
    fc.array(
      fc.record({
        destinationId: fc.constantFrom(...PLACES),
        gap: fc.oneof({ weight: 6, arbitrary: fc.nat(10) }, fc.integer({ min: -15, max: -1 })),
        length: fc.oneof({ weight: 8, arbitrary: fc.nat(20) }, fc.integer({ min: -3, max: -1 })),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([start, steps]) => {
    let at = start;
    return steps.map(({ destinationId, gap, length }) => {
      const arrival = at + gap;
      at = arrival + Math.max(length, 0);
      return { destinationId, arrivalOn: day(arrival), departureOn: day(arrival + length) };
    });
  });

const sanction: fc.Arbitrary<OrganizationSanction> = fc.record({
  id: fc.constantFrom('s1', 's2'),
  organizationId: fc.constantFrom('O1', 'O2'),
  locationId: fc.constantFrom(...PLACES, 'C1', 'C2'),
  from: fc.integer({ min: -100, max: 150 }).map(day),
  until: fc.option(fc.integer({ min: 0, max: 200 }).map(day), { nil: null }),
});

const input: fc.Arbitrary<ClearanceInput> = fc.record({
  traveller: fc.record({
    personId: fc.constant('P1'),
    organizationId: fc.constantFrom('O1', 'O2'),
    category: fc.constantFrom('international' as const, 'local' as const),
    certificates,
    ssafeExemptions: fc.array(
      fc.record({
        locationId: fc.constantFrom(...PLACES),
        validUntil: fc.integer({ min: 0, max: 200 }).map(day),
      }),
      { maxLength: 2 },
    ),
  }),
  itinerary: fc.record({
    legs: fc.oneof({ weight: 20, arbitrary: legs }, fc.constant([])),
  }),
  destinations,
  sanctions: fc.array(sanction, { maxLength: 2 }),
  evaluatedOn: fc.integer({ min: -10, max: 10 }).map(day),
});

const rank = (outcome: ClearanceOutcome) => OUTCOME_RANK[outcome];
const key = (r: Reason, leg: number | null = r.legIndex) =>
  `${leg}|${r.code}|${String(r.details.problem ?? '')}`;

describe('clearance properties', () => {
  it('the outcome is exactly the most severe reason’s severity', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { outcome, reasons } = evaluateClearance(i);
        const worst = Math.max(0, ...reasons.map((r) => severityRank(r.severity)));
        expect(rank(outcome)).toBe(worst);
        expect(outcomeOf(reasons)).toBe(outcome);
      }),
    );
  });

  it('the evaluation is deterministic and independent of the order of certificates', () => {
    fc.assert(
      fc.property(input, fc.func(fc.integer()), (i, order) => {
        const certificates = [...i.traveller.certificates].sort(
          (a, b) => order(JSON.stringify(a)) - order(JSON.stringify(b)),
        );
        const shuffled = { ...i, traveller: { ...i.traveller, certificates } };
        expect(evaluateClearance(shuffled)).toEqual(evaluateClearance(i));
        expect(evaluateClearance(i)).toEqual(evaluateClearance(i));
      }),
    );
  });

  it('adding a certificate valid for the whole trip never makes the outcome worse', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('BSITF', 'ASITF', 'SSAFE'), (i, course) => {
        const added: Certificate = {
          id: 'c-new',
          personId: 'P1',
          course,
          issuedOn: day(-60),
          expiresOn: day(400),
        };
        const before = evaluateClearance(i);
        const after = evaluateClearance({
          ...i,
          traveller: { ...i.traveller, certificates: [...i.traveller.certificates, added] },
        });
        expect(rank(after.outcome)).toBeLessThanOrEqual(rank(before.outcome));
        const had = new Set(before.reasons.map((r) => key(r)));
        for (const r of after.reasons) expect(had).toContain(key(r));
      }),
    );
  });

  it('a sanction on the organization at a destination of the trip always refuses', () => {
    const withKnownLeg = input.filter((i) =>
      i.itinerary.legs.some(
        (l) =>
          l.arrivalOn <= l.departureOn &&
          i.destinations.some((d) => d.locationId === l.destinationId),
      ),
    );
    fc.assert(
      fc.property(withKnownLeg, fc.boolean(), (i, byCountry) => {
        const legIndex = i.itinerary.legs.findIndex(
          (l) =>
            l.arrivalOn <= l.departureOn &&
            i.destinations.some((d) => d.locationId === l.destinationId),
        );
        const leg = i.itinerary.legs[legIndex]!;
        const place = i.destinations.find((d) => d.locationId === leg.destinationId)!;
        const s: OrganizationSanction = {
          id: 's-new',
          organizationId: i.traveller.organizationId,
          locationId: byCountry ? place.countryId : place.locationId,
          from: leg.departureOn,
          until: leg.departureOn,
        };
        const decision = evaluateClearance({ ...i, sanctions: [...i.sanctions, s] });
        expect(decision.outcome).toBe('refuse');
        expect(
          decision.reasons.some(
            (r) => r.code === 'ORGANIZATION_SANCTIONED' && r.legIndex === legIndex,
          ),
        ).toBe(true);
      }),
    );
  });

  it('removing a leg never adds reasons for the remaining legs', () => {
    const withLegs = input.filter((i) => i.itinerary.legs.length >= 2);
    fc.assert(
      fc.property(withLegs, fc.nat(), (i, n) => {
        const removed = n % i.itinerary.legs.length;
        const before = new Set(evaluateClearance(i).reasons.map((r) => key(r)));
        const legs = i.itinerary.legs.filter((_, index) => index !== removed);
        const after = evaluateClearance({ ...i, itinerary: { legs } });
        for (const r of after.reasons) {
          const original =
            r.legIndex === null || r.legIndex < removed ? r.legIndex : r.legIndex + 1;
          expect(before).toContain(key(r, original));
        }
      }),
    );
  });

  it('a staff ceiling only ever refers: lifting every ceiling removes just those reasons', () => {
    fc.assert(
      fc.property(input, (i) => {
        const decision = evaluateClearance(i);
        for (const r of decision.reasons) {
          if (r.code === 'STAFF_CEILING_REACHED') expect(r.severity).toBe('refer');
        }
        const lifted = i.destinations.map((d) => ({ ...d, staffCeiling: null }));
        const without = evaluateClearance({ ...i, destinations: lifted });
        expect(rank(without.outcome)).toBeLessThanOrEqual(rank(decision.outcome));
        const nonCeiling = decision.reasons.filter((r) => r.code !== 'STAFF_CEILING_REACHED');
        expect(without.reasons).toEqual(nonCeiling);
      }),
    );
  });

  it('reasons are ordered by leg, every blocking reason names a leg or the itinerary', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { reasons } = evaluateClearance(i);
        const legs = reasons.map((r) => r.legIndex ?? -1);
        expect(legs).toEqual([...legs].sort((a, b) => a - b));
        for (const r of reasons) {
          if (r.legIndex !== null) expect(r.legIndex).toBeLessThan(i.itinerary.legs.length);
          else expect(r.code).toBe('ITINERARY_INVALID');
          expect(r.message.en.length).toBeGreaterThan(0);
          expect(r.message.fr.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
