import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  DomainError,
  FOREIGN_KEY_VIOLATION,
  postgresCode,
  STATUS,
  UNIQUE_VIOLATION,
  type FieldIssue,
} from './errors.ts';
import { requestLocale, st, type ServerMessageKey } from '../i18n/index.ts';
import { detailIn } from '../i18n/validation.ts';
import type { z } from 'zod';
import { BodyError } from './input-boundary.ts';

const CONTEXT_PREFIX: Record<string, string> = {
  body: '',
  querystring: 'query.',
  params: 'params.',
  headers: 'headers.',
};

export function errorBody(code: string, message: string, details: FieldIssue[] = []) {
  return { error: code, message, details };
}

const LOCALIZED: Record<string, ServerMessageKey> = {
  validation_error: 'error.validation_error',
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
  conflict: 'error.conflict',
  gone: 'error.gone',
  rate_limited: 'error.rate_limited',
  internal_error: 'error.internal',
};

/**
 * The message for people: as written (English, naming the field) for English readers; for the
 * other five languages (Accept-Language), the error's meaning in that language. `details` keep
 * the field paths either way.
 */
function human(req: FastifyRequest, code: string, message: string): string {
  const locale = requestLocale(req);
  // (The same negotiation as the field messages' in `handleError`.)
  const key = LOCALIZED[code];
  return locale === 'en' || !key ? message : st(locale, key);
}

/** The one boundary where errors become HTTP responses `{error, message, details}`. */
export function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const locale = requestLocale(req);
  /** Field messages in the reader's language (the paths stay as they are). */
  const localized = (details: readonly FieldIssue[]) =>
    details.map((d) => ({ ...d, message: detailIn(locale, d.message) }));
  if (hasZodFastifySchemaValidationErrors(err)) {
    const prefix = CONTEXT_PREFIX[err.validationContext ?? 'body'] ?? '';
    type Raw = { path: string; message: string; issue?: z.core.$ZodRawIssue };
    const details = err.validation.flatMap((v): Raw[] => {
      const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const at = (f: string) => `${prefix}${f}` || prefix.replace(/\.$/, '') || '(body)';
      const keys = (v.params as { keys?: unknown } | undefined)?.keys;
      if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        return keys.map((k) => ({
          path: at(field ? `${field}.${String(k)}` : String(k)),
          message: 'is not a known field',
        }));
      }
      const message = v.message ?? 'is invalid';
      const issue = {
        ...v.params,
        code: v.keyword,
        path: [],
        message,
      } as unknown as z.core.$ZodRawIssue;
      return [{ path: at(field), message, issue }];
    });
    const message = details.map((d) => `${d.path}: ${d.message}`).join('; ');
    return reply.code(400).send(
      errorBody(
        'validation_error',
        human(req, 'validation_error', message),
        details.map(({ path, message: m, issue }) => ({
          path,
          message: detailIn(locale, m, issue),
        })),
      ),
    );
  }
  if (err instanceof DomainError) {
    if (err.retryAfterSeconds) reply.header('retry-after', String(err.retryAfterSeconds));
    const details =
      err.code === 'validation_error' && err.details.length === 0
        ? [{ path: '(body)', message: err.message }]
        : err.details;
    return reply
      .code(STATUS[err.code])
      .send(errorBody(err.code, human(req, err.code, err.message), localized(details)));
  }
  const pgCode = postgresCode(err);
  if (pgCode === UNIQUE_VIOLATION) {
    return reply
      .code(409)
      .send(
        errorBody(
          'conflict',
          human(req, 'conflict', `A record with the same ${constraintFields(err)} already exists`),
        ),
      );
  }
  if (pgCode === FOREIGN_KEY_VIOLATION) {
    const field = foreignKeyField(err);
    const message = 'refers to a record that does not exist';
    return reply
      .code(400)
      .send(
        errorBody(
          'validation_error',
          human(req, 'validation_error', `${field}: ${message}`),
          localized([{ path: field, message }]),
        ),
      );
  }
  const status = err.statusCode ?? 500;
  if (status === 400) {
    const field = err instanceof BodyError ? err.field : '(body)';
    return reply
      .code(400)
      .send(
        errorBody('bad_request', `${field}: ${err.message}`, [
          { path: field, message: err.message },
        ]),
      );
  }
  if (status >= 400 && status < 500) {
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : 'bad_request';
    return reply.code(status).send(errorBody(code, err.message));
  }
  // Only what identifies the failure: a driver's message carries the SQL and its parameters
  // (personal data), and the request body is never logged.
  req.log.error(
    {
      code: pgCode ?? (err as { code?: unknown }).code ?? err.name,
      route: `${req.method} ${req.routeOptions.url ?? '(no route)'}`,
      reqId: req.id,
      stack: stackFrames(err),
    },
    'unhandled error',
  );
  return reply
    .code(500)
    .send(
      errorBody(
        'internal_error',
        human(req, 'internal_error', 'Something went wrong on the server; it has been logged'),
      ),
    );
}

function constraintFields(err: unknown): string {
  const detail = (err as { cause?: { detail?: string } }).cause?.detail ?? '';
  const m = /Key \(([^)]+)\)/.exec(detail);
  return m?.[1] ? m[1].replaceAll('_', ' ') : 'unique values';
}

/** The stack frames of an error without its message (which may quote data). */
function stackFrames(err: unknown): string | undefined {
  const stack = (err as { stack?: unknown }).stack;
  if (typeof stack !== 'string') return undefined;
  return stack
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12)
    .join('\n');
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The request field behind a foreign-key failure: the column named by the database. */
export function foreignKeyField(err: unknown): string {
  const cause = (err as { cause?: { detail?: string; constraint?: string } }).cause;
  const own = err as { detail?: string; constraint?: string };
  const detail = cause?.detail ?? own.detail ?? '';
  const m = /Key \(([^)]+)\)/.exec(detail);
  const columns = m?.[1]?.split(',').map((c) => c.trim().replace(/"/g, ''));
  if (columns && columns.length > 0) return camel(columns[columns.length - 1] ?? '');
  // Drizzle names constraints <table>_<column>_<ref table>_<ref column>_fk.
  const constraint = cause?.constraint ?? own.constraint ?? '';
  const c = /^[a-z0-9]+(?:_[a-z0-9]+)*?_([a-z0-9_]+?_id)_[a-z0-9_]+_fk$/.exec(constraint);
  return c?.[1] ? camel(c[1]) : '(body)';
}
