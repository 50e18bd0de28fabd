/** A small fetch wrapper for the Fieldsafe JSON API. */

export interface ErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];

  constructor(status: number, code: string, message: string, details: ErrorDetail[]) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field messages by path, for showing next to form fields. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) if (!(d.path in out)) out[d.path] = d.message;
    return out;
  }
}

let csrfFallback: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Remembers the CSRF token returned by login or /me, for when the cookie cannot be read. */
export function setCsrfToken(token: string | null): void {
  csrfFallback = token;
}

/** Called when any request (other than login and /me) answers 401. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'fs_csrf') return decodeURIComponent(rest.join('='));
  }
  return csrfFallback;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function toApiError(status: number, body: unknown, fallback: string): ApiError {
  if (isRecord(body)) {
    const details = Array.isArray(body.details)
      ? body.details
          .filter(isRecord)
          .map((d) => ({ path: String(d.path ?? ''), message: String(d.message ?? '') }))
      : [];
    const message = typeof body.message === 'string' ? body.message : fallback;
    const code = typeof body.error === 'string' ? body.error : 'error';
    return new ApiError(status, code, message, details);
  }
  return new ApiError(status, 'error', fallback, []);
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `path?query`, leaving out empty values. */
export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export interface RequestOptions {
  /** Send this text as the body with this content type instead of JSON. */
  raw?: { body: string; contentType: string };
  signal?: AbortSignal;
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // The server's messages for people come back in the language the app is shown in.
  if (typeof document !== 'undefined' && document.documentElement.lang)
    headers['accept-language'] = document.documentElement.lang;
  let payload: string | FormData | undefined;
  if (body instanceof FormData) {
    // The browser writes the multipart content type with its boundary.
    payload = body;
  } else if (options.raw) {
    headers['content-type'] = options.raw.contentType;
    payload = options.raw.body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(
      0,
      'network',
      navigator.onLine ? 'The server could not be reached.' : 'You are offline.',
      [],
    );
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text) as unknown;
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const error = toApiError(res.status, data, `${res.status} ${res.statusText}`);
    if (res.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/me')
      onUnauthorized?.();
    throw error;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) =>
    request<T>('GET', path, undefined, signal ? { signal } : {}),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
  /** A file upload: `multipart/form-data` with the file as `file` and the given text fields. */
  upload: <T>(path: string, file: File, fields: Record<string, string | null> = {}) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) if (v !== null) form.append(k, v);
    form.append('file', new Blob([file], { type: mediaTypeOf(file) }), file.name);
    return request<T>('POST', path, form);
  },
};

/** The file's type, or one guessed from its extension when the browser gives none. */
function mediaTypeOf(file: File): string {
  if (file.type) return file.type;
  const ext = file.name.toLowerCase().split('.').pop();
  return ext === 'pdf'
    ? 'application/pdf'
    : ext === 'png'
      ? 'image/png'
      : ext === 'jpg' || ext === 'jpeg'
        ? 'image/jpeg'
        : 'text/plain';
}

/** The message to show for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Field errors of an ApiError, or none. */
export function fieldErrors(e: unknown): Record<string, string> {
  return e instanceof ApiError ? e.fieldErrors() : {};
}
