/**
 * Apportionment of a jointly financed budget by field headcount, with a minimum contribution
 * (JIU/REP/2016/9 ¶190 and Annex I; SPEC §8).
 *
 * Method (Annex I): each organization's pro-rata share is headcount / total headcount × budget.
 * Organizations whose share is below the minimum pay the minimum; the budget left after those
 * minimums is shared pro rata by headcount among the others. Because that redistribution lowers
 * everybody's share, it is repeated until nobody else falls below the minimum. Organizations with
 * zero headcount pay the minimum. Amounts are then rounded to whole dollars by largest remainder
 * so that they add up exactly to the total.
 *
 * All arithmetic on amounts is exact (bigint numerators over a common denominator).
 *
 * Guarantees (for valid input; each is checked by a property test):
 * - the amounts add up exactly to the total;
 * - nobody pays less than the minimum; minimum payers pay exactly the minimum;
 * - each other organization pays its exact pro-rata share rounded down or up (never further);
 * - exact monotonicity, rounding included: a larger headcount never pays less than a smaller one
 *   (equal headcounts differ by at most one dollar: the tie-break), and raising one organization's
 *   headcount, all else equal, never lowers its amount;
 * - not guaranteed: raising the total by a dollar can lower someone's rounded amount by a dollar
 *   (the "Alabama paradox" of largest-remainder rounding); exact amounts are monotone in the total;
 * - reordering the input reorders the output; the amount, flag and share of an organization
 *   whose headcount is unique are unchanged. Among organizations with the same headcount the
 *   extra rounding dollars go to the earlier ones in input order, so which of them gets a dollar
 *   may change, but not how many of them do.
 */
import { ApportionError } from './errors.ts';

export interface HeadcountEntry {
  organization: string;
  /** Field headcount: a non-negative whole number. */
  headcount: number;
}

export interface ApportionInput {
  /** The budget to apportion, in whole US dollars. */
  totalDollars: number;
  /** The minimum contribution per organization, in whole US dollars (75,000 in 2016–17). */
  minimum: number;
  headcounts: readonly HeadcountEntry[];
}

export interface ApportionmentRow {
  organization: string;
  headcount: number;
  /**
   * Headcount as a percentage of the total headcount, exactly rounded half-up to 2 decimals
   * ("12.35"). "0.00" for everybody when the total headcount is zero. The shares of all rows may
   * not add up to exactly "100.00".
   */
  share_percent: string;
  /** True when the organization pays the minimum because its pro-rata share fell below it. */
  minimum_applied: boolean;
  /** Whole US dollars. */
  amount: number;
}

/**
 * Apportion `totalDollars` among organizations by headcount with a `minimum` contribution.
 * Rows come back in input order. Throws `ApportionError` for invalid input.
 */
export function apportion(input: ApportionInput): ApportionmentRow[] {
  const { totalDollars, minimum, headcounts } = input;
  validate(totalDollars, minimum, headcounts);

  const n = headcounts.length;
  const total = BigInt(totalDollars);
  const min = BigInt(minimum);
  const hc = headcounts.map((e) => BigInt(e.headcount));
  const required = min * BigInt(n);
  if (total < required) {
    throw new ApportionError({
      code: 'total_below_minimums',
      field: 'totalDollars',
      required: Number(required),
      shortfall: Number(required - total),
    });
  }

  // `sharing[i]`: i still shares the rest pro rata (false: i pays the minimum).
  const sharing = hc.map(() => true);
  let rest = total; // budget left after the minimums paid so far
  let sharingHeadcount = hc.reduce((a, b) => a + b, 0n);
  for (;;) {
    // i falls below the minimum when rest × h_i / sharingHeadcount < minimum.
    const below: number[] = [];
    for (let i = 0; i < n; i++) {
      const h = hc[i] ?? 0n;
      if (sharing[i] && (h === 0n || rest * h < min * sharingHeadcount)) below.push(i);
    }
    if (below.length === 0) break;
    for (const i of below) {
      sharing[i] = false;
      rest -= min;
      sharingHeadcount -= hc[i] ?? 0n;
    }
  }
  // total ≥ n × minimum guarantees someone still shares unless every headcount is zero.
  if (sharingHeadcount === 0n && rest > 0n) {
    throw new ApportionError({
      code: 'no_headcount',
      field: 'headcounts',
      remainder: Number(rest),
    });
  }

  const amounts = sharing.map((s) => (s ? 0n : min));
  if (sharingHeadcount > 0n) {
    const remainders: { i: number; r: bigint }[] = [];
    let handedOut = 0n;
    for (let i = 0; i < n; i++) {
      if (!sharing[i]) continue;
      const numerator = rest * (hc[i] ?? 0n);
      const floor = numerator / sharingHeadcount;
      amounts[i] = floor;
      handedOut += floor;
      remainders.push({ i, r: numerator % sharingHeadcount });
    }
    // Largest remainder first; ties: larger headcount, then earlier in input.
    remainders.sort((a, b) => {
      if (a.r !== b.r) return a.r > b.r ? -1 : 1;
      const ha = hc[a.i] ?? 0n;
      const hb = hc[b.i] ?? 0n;
      if (ha !== hb) return ha > hb ? -1 : 1;
      return a.i - b.i;
    });
    const leftover = Number(rest - handedOut); // < number of sharing organizations
    for (let k = 0; k < leftover; k++) {
      const slot = remainders[k];
      if (slot) amounts[slot.i] = (amounts[slot.i] ?? 0n) + 1n;
    }
  }

  const totalHeadcount = hc.reduce((a, b) => a + b, 0n);
  return headcounts.map((e, i) => ({
    organization: e.organization,
    headcount: e.headcount + 0, // normalizes -0
    share_percent: sharePercent(hc[i] ?? 0n, totalHeadcount),
    minimum_applied: !sharing[i],
    amount: Number(amounts[i] ?? 0n),
  }));
}

/** h / total × 100, rounded half-up to 2 decimals, exactly. */
export function sharePercent(h: bigint, total: bigint): string {
  if (total === 0n) return '0.00';
  const hundredths = (2n * h * 10_000n + total) / (2n * total);
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}.${frac}`;
}

/** The key under which two organization names count as the same organization. */
export function organizationKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

function isWholeDollars(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function validate(total: unknown, minimum: unknown, list: readonly HeadcountEntry[]): void {
  if (!isWholeDollars(total)) {
    throw new ApportionError({ code: 'invalid_total', field: 'totalDollars', value: total });
  }
  if (!isWholeDollars(minimum)) {
    throw new ApportionError({ code: 'invalid_minimum', field: 'minimum', value: minimum });
  }
  if (list.length === 0) throw new ApportionError({ code: 'empty_list', field: 'headcounts' });
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const { organization, headcount } = entry;
    if (typeof organization !== 'string' || organization.trim() === '') {
      throw new ApportionError({
        code: 'invalid_organization',
        field: 'organization',
        index,
        value: organization,
      });
    }
    if (!isWholeDollars(headcount)) {
      throw new ApportionError({
        code: 'invalid_headcount',
        field: 'headcount',
        index,
        value: headcount,
      });
    }
    const key = organizationKey(organization);
    const firstIndex = seen.get(key);
    if (firstIndex !== undefined) {
      throw new ApportionError({
        code: 'duplicate_organization',
        field: 'organization',
        index,
        firstIndex,
        organization,
      });
    }
    seen.set(key, index);
  });
}
