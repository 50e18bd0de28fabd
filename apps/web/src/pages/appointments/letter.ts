import { api } from '../../api.ts';
import type { Schemas } from '../../schema.ts';

type Appointment = Schemas['Appointment'];
type DocumentMeta = Schemas['Document'];

/** Uploads a letter of appointment and returns the stored document. */
export function uploadLetter(file: File, countryId: string | null): Promise<DocumentMeta> {
  return api.upload<DocumentMeta>('/api/documents', file, { countryId });
}

/** Document field errors are shown next to the letter file input. */
export function letterErrors(fields: Record<string, string>): Record<string, string> {
  const out = { ...fields };
  for (const k of ['file']) {
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
