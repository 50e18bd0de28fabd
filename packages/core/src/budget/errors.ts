/**
 * Why an apportionment cannot be computed. `index` / `firstIndex` are 0-based positions in the
 * `headcounts` list, so a caller that read the list from a file can name the offending lines.
 */
export type ApportionIssue =
  | { code: 'invalid_total'; field: 'totalDollars'; value: unknown }
  | { code: 'invalid_minimum'; field: 'minimum'; value: unknown }
  | { code: 'empty_list'; field: 'headcounts' }
  | { code: 'invalid_organization'; field: 'organization'; index: number; value: unknown }
  | { code: 'invalid_headcount'; field: 'headcount'; index: number; value: unknown }
  | {
      code: 'duplicate_organization';
      field: 'organization';
      index: number;
      firstIndex: number;
      organization: string;
    }
  | {
      code: 'total_below_minimums';
      field: 'totalDollars';
      /** Number of organizations × minimum, in dollars. */
      required: number;
      /** `required − total`, in dollars; always > 0. */
      shortfall: number;
    }
  | {
      /** Every headcount is zero but the total exceeds the sum of minimums: nobody can carry it. */
      code: 'no_headcount';
      field: 'headcounts';
      /** `total − sum of minimums`, in dollars; always > 0. */
      remainder: number;
    };

export type ApportionErrorCode = ApportionIssue['code'];

/** Thrown by `apportion` for invalid input. `issue` is the discriminated union above. */
export class ApportionError extends Error {
  override readonly name = 'ApportionError';
  readonly issue: ApportionIssue;
  readonly code: ApportionErrorCode;
  readonly field: ApportionIssue['field'];

  constructor(issue: ApportionIssue) {
    super(describeIssue(issue));
    this.issue = issue;
    this.code = issue.code;
    this.field = issue.field;
  }
}

function describeIssue(issue: ApportionIssue): string {
  switch (issue.code) {
    case 'invalid_total':
      return `total ${String(issue.value)} is not a non-negative whole number of dollars`;
    case 'invalid_minimum':
      return `minimum ${String(issue.value)} is not a non-negative whole number of dollars`;
    case 'empty_list':
      return 'the headcount list is empty';
    case 'invalid_organization':
      return `entry ${issue.index + 1}: organization must be a non-empty name`;
    case 'invalid_headcount':
      return `entry ${issue.index + 1}: headcount ${String(issue.value)} is not a whole number ≥ 0`;
    case 'duplicate_organization':
      return (
        `entry ${issue.index + 1}: organization "${issue.organization}" ` +
        `duplicates entry ${issue.firstIndex + 1}`
      );
    case 'total_below_minimums':
      return `total is ${issue.shortfall} below the sum of minimums (${issue.required})`;
    case 'no_headcount':
      return `every headcount is zero, so the ${issue.remainder} left after minimums has no payer`;
  }
}
