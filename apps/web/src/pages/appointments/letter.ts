import { api } from '../../api.ts';
import type { Schemas } from '../../schema.ts';

type Appointment = Schemas['Appointment'];
type DocumentMeta = Schemas['Document'];

export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function mediaTypeOf(file: File): string {
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

/** Uploads a letter of appointment and returns the stored document. */
export async function uploadLetter(file: File, countryId: string | null): Promise<DocumentMeta> {
  const contentBase64 = await readBase64(file);
  return api.post<DocumentMeta>('/api/documents', {
    countryId,
    filename: file.name,
    mediaType: mediaTypeOf(file),
    contentBase64,
  });
}

/** Document field errors are shown next to the letter file input. */
export function letterErrors(fields: Record<string, string>): Record<string, string> {
  const out = { ...fields };
  for (const k of ['contentBase64', 'mediaType', 'filename']) {
    const msg = fields[k];
    if (msg && !out.letterFile) out.letterFile = msg;
  }
  return out;
}

type Patchable = Pick<
  Appointment,
  | 'letterDocumentId'
  | 'letterReference'
  | 'letterDate'
  | 'termsOfReference'
  | 'appointedBy'
  | 'startsOn'
  | 'endsOn'
>;

/**
 * A PATCH body carrying every editable field: the current values with the changes applied,
 * so that no field the user did not touch is ever reset.
 */
export function patchBody(a: Appointment, changes: Partial<Patchable>): Patchable {
  return {
    letterDocumentId: a.letterDocumentId,
    letterReference: a.letterReference,
    letterDate: a.letterDate,
    termsOfReference: a.termsOfReference,
    appointedBy: a.appointedBy,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    ...changes,
  };
}
