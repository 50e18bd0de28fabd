/**
 * Comparison of two apportionments (e.g. two bienniums), per organization: amount in each,
 * change and percentage change (SPEC §8).
 */

export interface AmountByOrganization {
  organization: string;
  amount: number;
}

export interface ComparisonRow {
  organization: string;
  /** Null when the organization is absent from that apportionment. */
  before: number | null;
  after: number | null;
  /** after − before, counting an absent side as 0. */
  change: number;
  /** change / before × 100, rounded half-up to one decimal ("-12.5"); null when before is 0 or absent. */
  changePercent: string | null;
}

/** (a / b) × 100 with sign, rounded half away from zero to one decimal, exactly. */
function signedPercent(a: number, b: number): string {
  const neg = a < 0;
  const x = BigInt(Math.abs(a));
  const y = BigInt(b);
  const tenths = (2n * x * 1000n + y) / (2n * y);
  const s = `${tenths / 10n}.${tenths % 10n}`;
  return neg && tenths !== 0n ? `-${s}` : s;
}

/**
 * Rows in the order of `before`, then organizations only in `after` in their order. Amounts are
 * whole dollars; arithmetic is exact.
 */
export function compareApportionments(
  before: readonly AmountByOrganization[],
  after: readonly AmountByOrganization[],
): ComparisonRow[] {
  const afterMap = new Map(after.map((r) => [r.organization, r.amount]));
  const beforeMap = new Map(before.map((r) => [r.organization, r.amount]));
  const orgs = [
    ...before.map((r) => r.organization),
    ...after.map((r) => r.organization).filter((o) => !beforeMap.has(o)),
  ];
  return orgs.map((organization) => {
    const b = beforeMap.get(organization) ?? null;
    const a = afterMap.get(organization) ?? null;
    const change = (a ?? 0) - (b ?? 0);
    return {
      organization,
      before: b,
      after: a,
      change,
      changePercent: b === null || b === 0 ? null : signedPercent(change, b),
    };
  });
}
