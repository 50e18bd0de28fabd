/**
 * A change of security level (or phase) solely for health reasons "must be preceded by a formal
 * consultation with the Director-General of WHO through the USG DSS" [seed 002 §16]. Fieldsafe
 * records that consultation as structured fields, not free text: who at WHO was consulted (the
 * Director-General, or whoever answered for them), who carried the consultation for the USG for
 * Safety and Security, on which date, and the reference of the exchange.
 */
export interface WhoConsultation {
  /** Who at WHO was consulted, e.g. "Director-General of WHO". */
  consultedWith: string | null;
  /** Through whom the consultation went: the USG for Safety and Security or their office. */
  consultedThrough: string | null;
  /** `YYYY-MM-DD`. */
  consultedOn: string | null;
  /** Reference of the exchange (letter, code cable, e-mail). */
  reference: string | null;
}

export type WhoConsultationField =
  'consultedWith' | 'consultedThrough' | 'consultedOn' | 'reference';

export interface WhoConsultationIssue {
  field: WhoConsultationField;
  message: string;
}

const blank = (v: string | null) => v === null || v.trim() === '';

/**
 * What is missing or wrong in the consultation for a decision effective on `effectiveFrom`;
 * empty when the decision is not solely for health reasons or the consultation is complete.
 */
export function whoConsultationIssues(
  healthOnly: boolean,
  c: WhoConsultation,
  effectiveFrom: string,
): WhoConsultationIssue[] {
  if (!healthOnly) return [];
  const issues: WhoConsultationIssue[] = [];
  if (blank(c.consultedWith))
    issues.push({
      field: 'consultedWith',
      message:
        'a change solely for health reasons needs a consultation with the Director-General of WHO',
    });
  if (blank(c.consultedThrough))
    issues.push({
      field: 'consultedThrough',
      message: 'the consultation with WHO goes through the USG for Safety and Security',
    });
  if (blank(c.consultedOn))
    issues.push({ field: 'consultedOn', message: 'the date of the consultation is required' });
  else if ((c.consultedOn ?? '') > effectiveFrom)
    issues.push({
      field: 'consultedOn',
      message: 'the consultation must precede the change (on or before effectiveFrom)',
    });
  if (blank(c.reference))
    issues.push({ field: 'reference', message: 'the reference of the consultation is required' });
  return issues;
}
