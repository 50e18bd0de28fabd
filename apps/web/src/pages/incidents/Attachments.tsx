import { type FormEvent } from 'react';
import { api } from '../../api.ts';
import { FormError } from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type IncidentDetail = Schemas['IncidentDetail'];

/** Files attached to an incident (photos, police reports): listed, downloaded, added. */
export function Attachments({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useI18n();
  const {
    draft,
    set,
    save: upload,
    submit: send,
  } = useDraftForm(
    { file: null as File | null },
    (d) => api.upload(`/api/incidents/${i.id}/attachments`, d.file as File),
    { invalidate: [['incidents', 'one', i.id]], reset: true },
  );
  const submit = (e: FormEvent) => {
    if (draft.file) send(e);
    else e.preventDefault();
  };
  return (
    <section className="card" aria-label={t('incidents.attachments.title')}>
      <h2>{t('incidents.attachments.title')}</h2>
      {i.attachments.length === 0 ? (
        <p className="muted">{t('incidents.attachments.none')}</p>
      ) : (
        <ul>
          {i.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/documents/${a.id}`}>{a.filename}</a>{' '}
              <span className="muted">({Math.ceil(a.size / 1024)} kB)</span>
            </li>
          ))}
        </ul>
      )}
      {i.abilities.canCorrect && (
        <form onSubmit={submit} className="inline-form">
          <label>
            {t('incidents.attachments.add')}{' '}
            <input
              type="file"
              accept="application/pdf,image/png,image/jpeg,text/plain"
              onChange={(e) => set('file')(e.target.files?.[0] ?? null)}
            />
          </label>{' '}
          <button type="submit" className="btn" disabled={!draft.file || upload.isPending}>
            {upload.isPending ? t('common.saving') : t('incidents.attachments.upload')}
          </button>
          <FormError error={upload.error} />
        </form>
      )}
    </section>
  );
}
