import { CLASSIFICATIONS, CLASSIFIED_KIND_RULES, type ClassifiedKind } from '@fieldsafe/core';
import { z } from 'zod';

const Level = z.enum(CLASSIFICATIONS, {
  error: 'must be public, internal, restricted or confidential',
});
const Shareable = z.boolean('must be true or false');

/** The classification an author sets on a record of this kind, with the kind's default. */
export function classificationInput(kind: ClassifiedKind) {
  return { classification: Level.default(CLASSIFIED_KIND_RULES[kind].defaultLevel) };
}

/** The classification and the mark "shareable with SLT partners". */
export function sharingInput(kind: ClassifiedKind) {
  return { ...classificationInput(kind), sltShareable: Shareable.default(false) };
}

export const ClassificationOutput = { classification: Level };
export const SharingOutput = { classification: Level, sltShareable: z.boolean() };
