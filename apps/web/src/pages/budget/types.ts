/** Types of the budgets API. Amounts are whole US dollars. */

export interface BudgetSummary {
  id: string;
  kind: 'system' | 'local';
  biennium: string;
  title: string;
  countryId: string | null;
  dutyStationId: string | null;
  dutyStationName: string | null;
  totalDollars: number;
  minimumDollars: number;
  headcountSource: string;
  version: number;
  notes: string | null;
  updatedAt: string;
  abilities: { canEdit: boolean };
}

export interface BudgetLine {
  organizationId: string;
  organizationCode: string;
  organizationName: string;
  headcount: number;
  sharePercent: string;
  minimumApplied: boolean;
  amountDollars: number;
}

export interface Budget extends BudgetSummary {
  shownVersion: number;
  totalHeadcount: number;
  lines: BudgetLine[];
  versions: {
    version: number;
    totalDollars: number;
    minimumDollars: number;
    headcountSource: string;
    reason: string | null;
    createdBy: string;
    createdAt: string;
  }[];
}

export interface Comparison {
  from: BudgetSummary;
  to: BudgetSummary;
  rows: {
    organizationCode: string;
    before: number | null;
    after: number | null;
    change: number;
    changePercent: string | null;
  }[];
  totalChange: number;
}
