import type { Classification } from '../access/classification.ts';
import { daysBetween } from '../dates.ts';

/**
 * "Saving Lives Together" (SLT): the framework of collaboration on security between the United
 * Nations and its NGO implementing partners, with information-sharing arrangements [003 ¶140];
 * the IASMN asks that more attention be given to its implementation [002 ¶4]. Organizations take
 * part through a memorandum of understanding [002 Annex C §3(b)]. Fieldsafe shares with a partner
 * only what the CSA/DO chose for it, only while its MoU is in force, and never personnel data.
 */

export const PARTNER_TYPES = ['NGO', 'IGO'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/**
 * What may be shared with a partner: the security levels in force, incident trends (counts by
 * category and month, no details or names), travel advisories, and classified records that are
 * public or marked shareable with SLT partners. Compliance findings and personnel are never shared.
 */
export const SHARED_KINDS = [
  'security_levels',
  'incident_trends',
  'advisories',
  'risk_assessments',
  'security_plans',
  'crisis_logs',
] as const;
export type SharedKind = (typeof SHARED_KINDS)[number];

/** Record kinds that carry a classification: shared record by record. */
export const CLASSIFIED_SHARED_KINDS = [
  'risk_assessments',
  'security_plans',
  'crisis_logs',
] as const;

export const PARTNER_FLAGS = ['mou_expired', 'mou_expires_soon', 'mou_not_in_force'] as const;
export type PartnerFlag = (typeof PARTNER_FLAGS)[number];

/** How many days before its expiry an MoU is flagged for renewal. */
export const MOU_RENEWAL_NOTICE_DAYS = 60;

export interface PartnerMou {
  mouSignedOn: string | null;
  mouExpiresOn: string | null;
}

/** An MoU is in force from its signature to its expiry date (inclusive); unsigned, never. */
export function mouInForce(p: PartnerMou, today: string): boolean {
  if (!p.mouSignedOn || p.mouSignedOn > today) return false;
  return p.mouExpiresOn === null || p.mouExpiresOn >= today;
}

/** What the CSA/DO must see about a partner today. */
export function partnerFlags(p: PartnerMou, today: string): PartnerFlag[] {
  if (p.mouExpiresOn !== null && p.mouExpiresOn < today) return ['mou_expired'];
  if (!mouInForce(p, today)) return ['mou_not_in_force'];
  if (p.mouExpiresOn !== null && daysBetween(today, p.mouExpiresOn) <= MOU_RENEWAL_NOTICE_DAYS)
    return ['mou_expires_soon'];
  return [];
}

export interface SharedRecord {
  classification: Classification;
  /** Marked by its author as shareable with SLT partners, whatever its level. */
  sltShareable: boolean;
}

/**
 * May this partner see this record of this kind today? Only while its MoU is in force, only kinds
 * chosen for it, and of classified records only public ones or those marked shareable.
 */
export function partnerMaySee(
  partner: PartnerMou & { sharedKinds: readonly SharedKind[] },
  kind: SharedKind,
  record: SharedRecord | null,
  today: string,
): boolean {
  if (!mouInForce(partner, today)) return false;
  if (!partner.sharedKinds.includes(kind)) return false;
  if (record === null) return true;
  return record.classification === 'public' || record.sltShareable;
}

export interface PartnerInput extends PartnerMou {
  sharedKinds: readonly SharedKind[];
}

/** The rules of a partner record; each issue names its field. */
export function partnerIssues(p: PartnerInput): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (p.mouSignedOn && p.mouExpiresOn && p.mouExpiresOn < p.mouSignedOn)
    issues.push({ path: 'mouExpiresOn', message: 'must not be before mouSignedOn' });
  if (new Set(p.sharedKinds).size !== p.sharedKinds.length)
    issues.push({ path: 'sharedKinds', message: 'must not repeat a kind' });
  return issues;
}
