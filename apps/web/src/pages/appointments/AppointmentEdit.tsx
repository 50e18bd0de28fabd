import { api } from '../../api.ts';
import { FormError, SubmitButton, orNull } from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useT } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type Appointment = Schemas['Appointment'];
import { LetterFields } from './LetterFields.tsx';
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
  const form = useDraftForm(
    () => ({
      letterReference: a.letterReference ?? '',
      letterDate: a.letterDate ?? '',
      appointedBy: a.appointedBy ?? '',
      termsOfReference: a.termsOfReference ?? '',
      startsOn: a.startsOn,
      endsOn: a.endsOn ?? '',
      file: null as File | null,
    }),
    async (draft) => {
      const doc = draft.file ? await uploadLetter(draft.file, a.countryId) : null;
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
    { invalidate: [['appointments'], ['invariants']], onDone },
  );
  const { draft, set, save, submit } = form;
  const errors = letterErrors(form.errors);
  return (
    <form onSubmit={submit} className="subcard" noValidate>
      <LetterFields
        draft={draft}
        set={set}
        file={draft.file}
        setFile={set('file')}
        errors={errors}
      />
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
