import { useId } from 'react';
import { TextAreaField, TextField } from '../../components/ui.tsx';
import { useT } from '../../i18n/index.tsx';

export interface LetterDraft {
  letterReference: string;
  letterDate: string;
  appointedBy: string;
  termsOfReference: string;
  startsOn: string;
  endsOn: string;
}

interface Props {
  draft: LetterDraft;
  set: (k: keyof LetterDraft) => (v: string) => void;
  file: File | null;
  setFile: (f: File | null) => void;
  errors: Record<string, string>;
}

/** Letter reference, date, file, appointing authority, terms of reference and period. */
export function LetterFields({ draft, set, file, setFile, errors }: Props) {
  const t = useT();
  const fileId = useId();
  return (
    <>
      <div className="form-grid">
        <TextField
          label={t('appt.letterReference')}
          name="letterReference"
          value={draft.letterReference}
          onChange={set('letterReference')}
          errors={errors}
        />
        <TextField
          label={t('appt.letterDate')}
          name="letterDate"
          type="date"
          value={draft.letterDate}
          onChange={set('letterDate')}
          errors={errors}
        />
        <div className={`field${errors.letterFile ? ' field-invalid' : ''}`}>
          <label htmlFor={fileId}>{t('appt.letterFile')}</label>
          <input
            id={fileId}
            type="file"
            accept="application/pdf,image/png,image/jpeg,text/plain"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={Boolean(errors.letterFile)}
          />
          {file && <small className="help">{file.name}</small>}
          {errors.letterFile && <small className="field-error">{errors.letterFile}</small>}
        </div>
        <TextField
          label={t('appt.appointedBy')}
          name="appointedBy"
          value={draft.appointedBy}
          onChange={set('appointedBy')}
          errors={errors}
        />
        <TextField
          label={t('appt.startsOn')}
          name="startsOn"
          type="date"
          value={draft.startsOn}
          onChange={set('startsOn')}
          errors={errors}
          required
        />
        <TextField
          label={t('appt.endsOn')}
          name="endsOn"
          type="date"
          value={draft.endsOn}
          onChange={set('endsOn')}
          errors={errors}
        />
      </div>
      <TextAreaField
        label={t('appt.terms')}
        name="termsOfReference"
        value={draft.termsOfReference}
        onChange={set('termsOfReference')}
        errors={errors}
      />
    </>
  );
}
