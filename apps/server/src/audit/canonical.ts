import { createHash } from 'node:crypto';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as Json)}`).join(',')}}`;
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
