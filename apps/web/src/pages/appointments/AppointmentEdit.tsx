import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors } from '../../api.ts';
import { FormError, SubmitButton, orNull } from '../../components/ui.tsx';
import { useT } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type Appointment = Schemas['Appointment'];
import { LetterFields, type LetterDraft } from './LetterFields.tsx';
import { letterErrors, patchBody, uploadLetter } from './letter.ts';

/** Edits the letter, terms and period of an appointment. */
export function AppointmentEdit({
  appointment: a,
  onDone,
}: {
  appointment: Appointment;
  onDone: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [draft, setDraft] = useState<LetterDraft>({
    letterReference: a.letterReference ?? '',
    letterDate: a.letterDate ?? '',
    appointedBy: a.appointedBy ?? '',
    termsOfReference: a.termsOfReference ?? '',
    startsOn: a.startsOn,
    endsOn: a.endsOn ?? '',
  });
  const set = (k: keyof LetterDraft) => (v: string) => setDraft((prev) => ({ ...prev, [k]: v }));

  const save = useMutation({
    mutationFn: async () => {
      const doc = file ? await uploadLetter(file, a.countryId) : null;
      return api.patch<Appointment>(
        `/api/appointments/${a.id}`,
        patchBody(a, {
          letterReference: orNull(draft.letterReference),
          letterDate: orNull(draft.letterDate),
          appointedBy: orNull(draft.appointedBy),
          termsOfReference: orNull(draft.termsOfReference),
          startsOn: draft.startsOn,
          endsOn: orNull(draft.endsOn),
          ...(doc ? { letterDocumentId: doc.id } : {}),
        }),
      );
    },
    onSuccess: async () => {
      onDone();
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['appointments'] }),
        qc.invalidateQueries({ queryKey: ['invariants'] }),
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = letterErrors(fieldErrors(save.error));
  return (
    <form onSubmit={submit} className="subcard" noValidate>
      <LetterFields draft={draft} set={set} file={file} setFile={setFile} errors={errors} />
      <FormError error={save.error} />
      <div className="form-actions button-row">
        <SubmitButton busy={save.isPending} label={t('common.save')} />
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
