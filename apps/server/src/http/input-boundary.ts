import type { FastifyRequest } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from './errors.ts';

/**
 * The one input boundary. Whatever the route, a request is refused (400, naming the field) when
 * it carries text PostgreSQL cannot store — a NUL character or half of a UTF-16 surrogate pair —
 * in its body, query string or path, or JSON nested deeper than any form needs; a CSV body keeps
 * its rows, with those characters removed. JSON bodies are parsed here so that a malformed body,
 * an empty one and one with `__proto__` / `constructor` keys each get their own message. Request
 * bodies are validated strictly: a field the schema does not know is a 400 naming it.
 */

/** NUL, or a surrogate that is not half of a pair. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL =
  // eslint-disable-next-line no-control-regex -- finding NUL is the point
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Deeper JSON than this is refused: no form of ours nests more than a few levels. */
export const MAX_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Problem {
  path: string;
  message: string;
}

const join = (base: string, key: string | number) =>
  base === '' ? String(key) : typeof key === 'number' ? `${base}.${key}` : `${base}.${key}`;

function unstorableMessage(s: string): string {
  return s.includes('\u0000')
    ? 'contains a NUL character, which cannot be stored'
    : 'contains a broken character (an unpaired UTF-16 surrogate), which cannot be stored';
}

/** The first string (or key) in a value that cannot be stored, or nesting that is too deep. */
export function findProblem(value: unknown, path = '', depth = 0): Problem | null {
  if (typeof value === 'string') {
    return UNSTORABLE.test(value) ? { path, message: unstorableMessage(value) } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH) {
    return { path: path || '(body)', message: `is nested more than ${MAX_DEPTH} levels deep` };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findProblem(value[i], join(path, i), depth + 1);
      if (p) return p;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (UNSTORABLE.test(key)) {
      return { path: path || '(body)', message: `has a field name that ${unstorableMessage(key)}` };
    }
    const p = findProblem(v, join(path, key), depth + 1);
    if (p) return p;
  }
  return null;
}

/** Text with NUL removed and unpaired surrogates replaced by U+FFFD (for CSV imports). */
export function storableText(s: string): string {
  return s.replace(UNSTORABLE_ALL, (c) => (c === '\u0000' ? '' : '\uFFFD'));
}

/** preValidation hook: refuses unstorable text in path, query and body; cleans CSV bodies. */
export async function rejectUnstorableInput(req: FastifyRequest): Promise<void> {
  const parts: [string, unknown][] = [
    ['params', req.params],
    ['query', req.query],
  ];
  for (const [prefix, value] of parts) {
    const p = findProblem(value, prefix);
    if (p) throw invalid(p.path, p.message);
  }
  if (typeof req.body === 'string') {
    req.body = storableText(req.body);
    return;
  }
  const p = findProblem(req.body);
  if (p) throw invalid(p.path || '(body)', p.message);
}

/** Parses a JSON body, telling malformed, empty and prototype-polluting bodies apart. */
export function parseJsonBody(
  _req: FastifyRequest,
  body: string | Buffer,
  done: (err: Error | null, value?: unknown) => void,
) {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (text.trim() === '') {
    done(
      new BodyError(
        '(body)',
        'is empty; send a JSON value, or leave out the Content-Type: application/json header',
      ),
    );
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof SyntaxError ? e.message : 'cannot be parsed';
    done(new BodyError('(body)', `is not valid JSON (${reason})`));
    return;
  }
  // Only bodies that mention such a key are walked (the usual body is never walked twice).
  if (/"(__proto__|constructor|prototype)"\s*:/.test(text)) {
    const key = forbiddenKey(value, '');
    if (key) {
      done(
        new BodyError(
          key.path || '(body)',
          `has a "${key.key}" key, which is refused (it could alter object prototypes)`,
        ),
      );
      return;
    }
  }
  done(null, value);
}

function forbiddenKey(
  value: unknown,
  path: string,
  depth = 0,
): { path: string; key: string } | null {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value as Record<string, unknown>);
  for (const [k, v] of entries) {
    if (!Array.isArray(value) && FORBIDDEN_KEYS.has(k)) return { path, key: k };
    const found = forbiddenKey(v, join(path, Array.isArray(value) ? Number(k) : k), depth + 1);
    if (found) return found;
  }
  return null;
}

type AnyZod = z.ZodType;
const strictCache = new WeakMap<AnyZod, AnyZod>();

/**
 * The same schema with every object in it strict (unknown keys are an error), down through
 * optional, nullable, default, array and pipe wrappers. Objects that already say what to do with
 * unknown keys (`.passthrough()`, `.catchall()`) keep their rule.
 */
export function strictDeep(schema: AnyZod): AnyZod {
  const cached = strictCache.get(schema);
  if (cached) return cached;
  let out: AnyZod = schema;
  if (schema instanceof z.ZodObject) {
    const def = schema._zod.def;
    const shape: Record<string, AnyZod> = {};
    for (const [k, v] of Object.entries(schema.shape as Record<string, AnyZod>))
      shape[k] = strictDeep(v);
    out = schema.clone({
      ...def,
      shape,
      catchall: def.catchall ?? z.never(),
    } as typeof def);
  } else if (schema instanceof z.ZodOptional) {
    const def = schema._zod.def;
    out = schema.clone({ ...def, innerType: strictDeep(def.innerType as AnyZod) });
  } else if (schema instanceof z.ZodNullable) {
    const def = schema._zod.def;
    out = schema.clone({ ...def, innerType: strictDeep(def.innerType as AnyZod) });
  } else if (schema instanceof z.ZodDefault) {
    const def = schema._zod.def;
    out = schema.clone({ ...def, innerType: strictDeep(def.innerType as AnyZod) });
  } else if (schema instanceof z.ZodArray) {
    const def = schema._zod.def;
    out = schema.clone({ ...def, element: strictDeep(def.element as AnyZod) } as typeof def);
  } else if (schema instanceof z.ZodPipe) {
    const def = schema._zod.def;
    out = schema.clone({ ...def, in: strictDeep(def.in as AnyZod) } as typeof def);
  } else if (schema instanceof z.ZodUnion) {
    const def = schema._zod.def;
    out = schema.clone({
      ...def,
      options: (def.options as AnyZod[]).map(strictDeep),
    } as typeof def);
  }
  strictCache.set(schema, out);
  return out;
}

/** The zod validator compiler with request bodies made strict. */
export const strictValidatorCompiler: typeof validatorCompiler = (route) =>
  validatorCompiler(
    route.httpPart === 'body' && route.schema instanceof z.ZodType
      ? { ...route, schema: strictDeep(route.schema) }
      : route,
  );

/** A body that cannot be read (`bad_request`), raised by the parser before validation. */
export class BodyError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}
