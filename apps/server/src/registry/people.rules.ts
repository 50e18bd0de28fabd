import type { FieldIssue } from '../http/errors.ts';

/** What a record must hold for its kind, whichever way it arrives (form, API or CSV import). */
export function personKindIssues(p: {
  kind: string;
  staffId?: string | null | undefined;
  category?: string | null | undefined;
  sponsorId?: string | null | undefined;
  relationship?: string | null | undefined;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (p.kind === 'personnel') {
    if (!p.staffId) issues.push({ path: 'staffId', message: 'is required for personnel' });
    if (!p.category)
      issues.push({
        path: 'category',
        message: 'is required for personnel (international or local)',
      });
  }
  if (p.kind === 'dependant') {
    if (!p.sponsorId)
      issues.push({
        path: 'sponsorId',
        message: 'is required for a dependant (the staff member they depend on)',
      });
    if (!p.relationship)
      issues.push({ path: 'relationship', message: 'is required for a dependant' });
  }
  return issues;
}
