/** Domain error codes; one boundary (http/error-handler.ts) maps them to HTTP statuses. */
export type ErrorCode =
  | 'validation_error'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'rate_limited';

export interface FieldIssue {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldIssue[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (why: string) => new DomainError('forbidden', why);
export const conflict = (why: string, details: FieldIssue[] = []) =>
  new DomainError('conflict', why, details);

/** A validation error about one field, with the field named in the message. */
export function invalid(path: string, message: string): DomainError {
  return new DomainError('validation_error', `${path}: ${message}`, [{ path, message }]);
}

/** Several field errors at once. */
export function invalidFields(issues: FieldIssue[]): DomainError {
  const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new DomainError('validation_error', message, issues);
}

export const STATUS: Record<ErrorCode, number> = {
  validation_error: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
};

/** SQLSTATE codes the boundary and services act on. */
export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';

/** The SQLSTATE of a database error, whether the driver nests it (drizzle wraps it as `cause`). */
export function postgresCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  const code = typeof e.cause?.code === 'string' ? e.cause.code : e.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Whether `err` is PostgreSQL's unique violation (a duplicate key). */
export const isUniqueViolation = (err: unknown) => postgresCode(err) === UNIQUE_VIOLATION;
