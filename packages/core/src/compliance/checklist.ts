import { exactRate, type ExactRate } from './rate.ts';

/**
 * Checklists of compliance missions, one per actor met at the duty station [001 §35; 000 §30].
 * The mission fills, for each actor, every item of the actor category's checklist (the duties of
 * the Framework for Accountability) as compliant, partly, not compliant or not applicable, with a
 * note; and records whether the statement was verified on site rather than taken as given
 * [001 §35: "actually verifying the statements made by those actors … instead of simply using a
 * checklist"].
 */

/** The actors a mission checks: DO, SMT, CSA/SA, organization, ASC, wardens and staff. */
export const CHECKLIST_ACTOR_CATEGORIES = [
  'do',
  'smt',
  'security_adviser',
  'organization',
  'area_coordinator',
  'wardens',
  'staff',
] as const;
export type ChecklistActorCategory = (typeof CHECKLIST_ACTOR_CATEGORIES)[number];

export const CHECKLIST_ANSWERS = [
  'compliant',
  'partly',
  'not_compliant',
  'not_applicable',
] as const;
export type ChecklistAnswerValue = (typeof CHECKLIST_ANSWERS)[number];

export interface ChecklistAnswer {
  /** The item's key in the default checklist, e.g. `DO.4` (role and duty number). */
  item: string;
  answer: ChecklistAnswerValue;
  note: string | null;
  /** The statement was checked on site (documents, premises, people), not only declared. */
  verified: boolean;
}

export interface ChecklistError {
  /** `answers.<index>.<field>` of the update that was refused. */
  path: string;
  message: string;
}

/**
 * Applies a mission's answers to a checklist: each answer replaces the earlier answer to the same
 * item. Refused (with the path of the first wrong answer) when an item is not on the actor's
 * checklist, or when an answer short of compliant has no note saying what is missing: the mission
 * identifies gaps and recommends remedial action [000 §30].
 */
export function applyChecklistAnswers(
  items: readonly string[],
  current: readonly ChecklistAnswer[],
  updates: readonly ChecklistAnswer[],
): { ok: true; value: ChecklistAnswer[] } | { ok: false; error: ChecklistError } {
  const known = new Set(items);
  const byItem = new Map(current.map((a) => [a.item, a]));
  for (const [i, u] of updates.entries()) {
    if (!known.has(u.item)) {
      return { ok: false, error: { path: `answers.${i}.item`, message: 'not on this checklist' } };
    }
    const gap = u.answer === 'partly' || u.answer === 'not_compliant';
    if (gap && (u.note === null || u.note.trim() === '')) {
      return {
        ok: false,
        error: { path: `answers.${i}.note`, message: 'is required when the item is not compliant' },
      };
    }
    byItem.set(u.item, { ...u, note: u.note === null || u.note.trim() === '' ? null : u.note });
  }
  return { ok: true, value: items.flatMap((item) => byItem.get(item) ?? []) };
}

export interface ChecklistSummary {
  counts: Record<ChecklistAnswerValue | 'unanswered', number>;
  /** Answers checked on site, of those given. */
  verified: number;
  /** Compliant items ÷ applicable answered items; null when none is answered and applicable. */
  rate: ExactRate | null;
}

/** How an actor's checklist stands. Partly compliant is not compliant: it counts in `partly`. */
export function checklistSummary(
  items: readonly string[],
  answers: readonly ChecklistAnswer[],
): ChecklistSummary {
  const known = new Set(items);
  const given = answers.filter((a) => known.has(a.item));
  const count = (v: ChecklistAnswerValue) => given.filter((a) => a.answer === v).length;
  const counts = {
    compliant: count('compliant'),
    partly: count('partly'),
    not_compliant: count('not_compliant'),
    not_applicable: count('not_applicable'),
    unanswered: items.length - new Set(given.map((a) => a.item)).size,
  };
  const applicable = counts.compliant + counts.partly + counts.not_compliant;
  return {
    counts,
    verified: given.filter((a) => a.verified).length,
    rate: exactRate(counts.compliant, applicable),
  };
}

/**
 * What an unannounced spot check found of the responses given [000 §30 iii]: all confirmed, some
 * confirmed, or not confirmed.
 */
export const SPOT_CHECK_RESULTS = ['confirmed', 'partly_confirmed', 'not_confirmed'] as const;
export type SpotCheckResult = (typeof SPOT_CHECK_RESULTS)[number];
