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
  const key = LOCALIZED[code];
  return locale === 'en' || !key ? message : st(locale, key);
}

/** The one boundary where errors become HTTP responses `{error, message, details}`. */
export function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const prefix = CONTEXT_PREFIX[err.validationContext ?? 'body'] ?? '';
    const details = err.validation.map((v) => {
      const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return {
        path: `${prefix}${field}` || prefix.replace(/\.$/, '') || '(body)',
        message: v.message ?? 'is invalid',
      };
    });
    const message = details.map((d) => `${d.path}: ${d.message}`).join('; ');
    return reply
      .code(400)
      .send(errorBody('validation_error', human(req, 'validation_error', message), details));
  }
  if (err instanceof DomainError) {
    if (err.retryAfterSeconds) reply.header('retry-after', String(err.retryAfterSeconds));
    return reply
      .code(STATUS[err.code])
      .send(errorBody(err.code, human(req, err.code, err.message), err.details));
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
    return reply
      .code(400)
      .send(
        errorBody(
          'validation_error',
          human(req, 'validation_error', 'A referenced record does not exist'),
        ),
      );
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : 'bad_request';
    return reply.code(status).send(errorBody(code, err.message));
  }
  req.log.error({ err }, 'unhandled error');
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
