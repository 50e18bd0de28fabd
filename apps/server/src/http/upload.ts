/**
 * The one way a file comes in: `multipart/form-data` (`@fastify/multipart`), one file part named
 * `file` (its filename and content type travel with it) and a few short text fields. Routes that
 * take a file are registered with `registerUploadRoutes`, in a scope that parses nothing else.
 */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from './types.ts';
import { DomainError, invalid } from './errors.ts';
import { findProblem, strictValidatorCompiler } from './input-boundary.ts';

export const UPLOAD_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface Upload<Field extends string> {
  filename: string;
  mediaType: UploadMediaType;
  bytes: Buffer;
  /** The text fields sent, by name (only those the route names). */
  fields: Partial<Record<Field, string>>;
}

/** The form as OpenAPI shows it (the body is read by `readUpload`, not by the validator). */
export function uploadForm<Shape extends z.ZodRawShape>(fields: Shape) {
  return z.object({
    ...fields,
    file: z.string().meta({
      format: 'binary',
      description: 'PDF, PNG, JPEG or plain text, 5 MB at most; its filename is kept',
    }),
  });
}

/**
 * Registers routes that take a file, in a scope whose only body parser is multipart: a JSON or
 * other body there is a 415. The form itself is read in the handler with `readUpload`.
 */
export function registerUploadRoutes(app: App, routes: (scope: App) => void): void {
  void app.register(async (plain) => {
    plain.removeAllContentTypeParsers();
    // The body schema documents the form; `readUpload` reads and checks it.
    const bodyRead: typeof strictValidatorCompiler = (route) =>
      route.httpPart === 'body' ? () => ({ value: undefined }) : strictValidatorCompiler(route);
    plain.setValidatorCompiler(bodyRead);
    await plain.register(fastifyMultipart, {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 6 },
    });
    routes(plain.withTypeProvider<ZodTypeProvider>());
  });
}

/** Reads the form: exactly one `file` (a known type, 1 byte to 5 MB) and the named fields. */
export async function readUpload<Field extends string>(
  req: FastifyRequest,
  fieldNames: readonly Field[],
): Promise<Upload<Field>> {
  if (!req.isMultipart()) throw invalid('body', 'must be multipart/form-data');
  const fields: Partial<Record<Field, string>> = {};
  let file: Omit<Upload<Field>, 'fields'> | undefined;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw invalid(part.fieldname, 'is not a known field');
        const bytes = await part.toBuffer();
        const mediaType = part.mimetype.split(';')[0]?.trim().toLowerCase() ?? '';
        if (!(UPLOAD_MEDIA_TYPES as readonly string[]).includes(mediaType))
          throw invalid('file', 'must be PDF, PNG, JPEG or plain text');
        const filename = part.filename.trim().slice(0, 200);
        if (!filename) throw invalid('file', 'must have a filename');
        if (bytes.length === 0) throw invalid('file', 'must not be empty');
        file = { filename, mediaType: mediaType as UploadMediaType, bytes };
      } else {
        const name = part.fieldname as Field;
        if (!fieldNames.includes(name)) throw invalid(part.fieldname, 'is not a known field');
        fields[name] = String(part.value);
      }
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    const code = (e as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw invalid('file', 'must be at most 5 MB');
    if (typeof code === 'string' && code.startsWith('FST_'))
      throw invalid('body', 'has too many parts or fields');
    throw invalid('body', 'is not valid multipart/form-data');
  }
  if (!file) throw invalid('file', 'is required');
  // The input boundary sees no multipart body: text PostgreSQL cannot store is refused here.
  const problem = findProblem({ ...fields, file: file.filename });
  if (problem) throw invalid(problem.path, problem.message);
  return { ...file, fields };
}
