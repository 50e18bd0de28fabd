import { createHash } from 'node:crypto';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * JSON with object keys sorted at every depth: the same value always gives the same text. Built
 * by appending to one string, not by joining arrays of strings at each depth: the chainer hashes
 * every audit row this way, and the arrays were a tenth of what a server taking 200 incident
 * reports a second allocated. The text is the same as the joined version's, character for
 * character (a test compares them), so every hash already in a chain still verifies.
 */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      // As `join` wrote it: an element that is not JSON (undefined, a hole) is left empty.
      text += (canonicalJson(value[i] as Json) as string | undefined) ?? '';
    }
    return text + ']';
  }
  const keys = Object.keys(value).sort();
  text = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (i > 0) text += ',';
    text += JSON.stringify(key) + ':' + canonicalJson(value[key] as Json);
  }
  return text + '}';
}

/** Turns any record (with Dates, undefined) into plain JSON, as PostgreSQL's jsonb will keep it. */
export function toJson(value: unknown): Json {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as Json;
}

export interface ChainedFields {
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  countryId: string | null;
  organizationId: string | null;
  before: Json;
  after: Json;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The fields in canonical (sorted) order, each with its `"key":` prefix, worked out once. */
const FIELD_ORDER = (
  [
    'at',
    'actorUserId',
    'actorLabel',
    'action',
    'entity',
    'entityId',
    'countryId',
    'organizationId',
    'before',
    'after',
    'prevHash',
  ] as const satisfies readonly (keyof ChainedFields)[]
)
  .slice()
  .sort()
  .map((key, i) => [key, `${i === 0 ? '{' : ','}${JSON.stringify(key)}:`] as const);

/** SHA-256 of the fields' canonical JSON (the same text as `canonicalJson(fields)`). */
export function auditHash(fields: ChainedFields): string {
  let text = '';
  for (const [key, prefix] of FIELD_ORDER) text += prefix + canonicalJson(fields[key]);
  return createHash('sha256')
    .update(text + '}')
    .digest('hex');
}
