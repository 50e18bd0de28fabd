/**
 * Tracking recommendations of the IASMN, HLCM, CEB, JIU and compliance missions to
 * implementation (SPEC §9; seed 000 §5, seed 003 Annex II).
 */

export const RECOMMENDATION_BODIES = ['IASMN', 'HLCM', 'CEB', 'JIU', 'COMPLIANCE_MISSION'] as const;
export type RecommendationBody = (typeof RECOMMENDATION_BODIES)[number];

export const RECOMMENDATION_STATUSES = [
  'open',
  'in_progress',
  'implemented',
  'not_accepted',
  'closed',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** Statuses in which a recommendation still waits for implementation. */
export const RECOMMENDATION_PENDING_STATUSES: readonly RecommendationStatus[] = [
  'open',
  'in_progress',
];

/**
 * Statuses that count as implemented. `closed` means closed after implementation was verified
 * (a recommendation dropped without implementation is `not_accepted`).
 */
export const RECOMMENDATION_IMPLEMENTED_STATUSES: readonly RecommendationStatus[] = [
  'implemented',
  'closed',
];

/** Overdue: still pending on a day after its deadline. Dates are `YYYY-MM-DD`. */
export function isRecommendationOverdue(
  rec: { status: RecommendationStatus; deadline: string | null },
  today: string,
): boolean {
  return (
    rec.deadline !== null &&
    rec.deadline < today &&
    RECOMMENDATION_PENDING_STATUSES.includes(rec.status)
  );
}

export interface RecommendationForRate {
  body: RecommendationBody;
  status: RecommendationStatus;
  /** The organizations it is addressed to (ids or codes). */
  addressees: readonly string[];
  deadline: string | null;
  /** How many recommendations alike in all of the above this stands for (1 when absent). */
  count?: number;
}

export interface RecommendationRate {
  /** The body or organization the rate is about. */
  key: string;
  total: number;
  /** Implemented or closed. */
  implemented: number;
  notAccepted: number;
  /** Open or in progress. */
  pending: number;
  overdue: number;
  /**
   * implemented / (total − not accepted) in percent, rounded half-up to one decimal ("66.7"),
   * or null when nothing was accepted. Recommendations not accepted do not count against it.
   */
  ratePercent: string | null;
}

/** a / b × 100, rounded half-up to one decimal, exactly. */
export function implementationPercent(a: number, b: number): string {
  const tenths = Math.floor((2 * a * 1000 + b) / (2 * b));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

function rateOf(key: string, recs: readonly RecommendationForRate[], today: string) {
  let total = 0;
  let implemented = 0;
  let notAccepted = 0;
  let pending = 0;
  let overdue = 0;
  for (const r of recs) {
    const n = r.count ?? 1;
    total += n;
    if (RECOMMENDATION_IMPLEMENTED_STATUSES.includes(r.status)) implemented += n;
    else if (r.status === 'not_accepted') notAccepted += n;
    else pending += n;
    if (isRecommendationOverdue(r, today)) overdue += n;
  }
  const accepted = total - notAccepted;
  return {
    key,
    total,
    implemented,
    notAccepted,
    pending,
    overdue,
    ratePercent: accepted === 0 ? null : implementationPercent(implemented, accepted),
  };
}

function group<K extends string>(
  recs: readonly RecommendationForRate[],
  keysOf: (r: RecommendationForRate) => readonly K[],
): Map<K, RecommendationForRate[]> {
  const out = new Map<K, RecommendationForRate[]>();
  for (const r of recs) {
    for (const k of new Set(keysOf(r))) {
      const list = out.get(k) ?? [];
      list.push(r);
      out.set(k, list);
    }
  }
  return out;
}

/**
 * Implementation rates per body (every body listed, in the fixed order, even with no
 * recommendation) and per addressed organization (a recommendation addressed to three
 * organizations counts once for each; sorted by key).
 */
export function implementationRates(
  recs: readonly RecommendationForRate[],
  today: string,
): { byBody: RecommendationRate[]; byOrganization: RecommendationRate[] } {
  const bodies = group(recs, (r) => [r.body]);
  const orgs = group(recs, (r) => r.addressees);
  return {
    byBody: RECOMMENDATION_BODIES.map((b) => rateOf(b, bodies.get(b) ?? [], today)),
    byOrganization: [...orgs.keys()].sort().map((o) => rateOf(o, orgs.get(o) ?? [], today)),
  };
}
