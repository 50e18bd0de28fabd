export {
  apportion,
  organizationKey,
  sharePercent,
  type ApportionInput,
  type ApportionmentRow,
  type HeadcountEntry,
} from './apportion.ts';
export { ApportionError, type ApportionErrorCode, type ApportionIssue } from './errors.ts';
export { compareApportionments, type AmountByOrganization, type ComparisonRow } from './compare.ts';
