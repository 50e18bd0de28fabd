import { LOCALES, type Locale, type LocalizedLabel } from '@fieldsafe/core';
import { z } from 'zod';

/** A text in each of the six languages (MOSS titles, course names, clearance reasons …). */
export const LocalizedLabelSchema = z
  .object(Object.fromEntries(LOCALES.map((l) => [l, z.string()])) as Record<Locale, z.ZodString>)
  .meta({ id: 'LocalizedLabel' });

/**
 * A label from names given in some languages: English is required, the others fall back to it
 * (data typed by a person — a course added by a system administrator — may not have all six).
 */
export function labelFrom(
  en: string,
  others: Partial<Record<Locale, string | null>>,
): LocalizedLabel {
  return Object.fromEntries(LOCALES.map((l) => [l, others[l] || en])) as LocalizedLabel;
}
