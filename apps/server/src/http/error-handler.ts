import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, STATUS, type FieldIssue } from './errors.ts';

const CONTEXT_PREFIX: Record<string, string> = {
  body: '',
  querystring: 'query.',
  params: 'params.',
  headers: 'headers.',
};

export function errorBody(code: string, message: string, details: FieldIssue[] = []) {
  return { error: code, message, details };
}

/** The one boundary where errors become HTTP responses `{error, message, details}`. */
export function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const prefix = CONTEXT_PREFIX[err.validationContext ?? 'body'] ?? '';
    const details = err.validation.map((v) => {
      const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return { path: `${prefix}${field}` || prefix.replace(/\.$/, '') || '(body)', message: v.message ?? 'is invalid' };
    });
    const message = details.map((d) => `${d.path}: ${d.message}`).join('; ');
    return reply.code(400).send(errorBody('validation_error', message, details));
  }
  if (err instanceof DomainError) {
    if (err.retryAfterSeconds) reply.header('retry-after', String(err.retryAfterSeconds));
    return reply.code(STATUS[err.code]).send(errorBody(err.code, err.message, err.details));
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request';
    return reply.code(status).send(errorBody(code, err.message));
  }
  req.log.error({ err }, 'unhandled error');
  return reply.code(500).send(errorBody('internal_error', 'Something went wrong on the server; it has been logged'));
}
