import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { FormError } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type IncidentDetail = Schemas['IncidentDetail'];

/** Files attached to an incident (photos, police reports): listed, downloaded, added. */
export function Attachments({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => api.upload(`/api/incidents/${i.id}/attachments`, f),
    onSuccess: async () => {
      setFile(null);
      await qc.invalidateQueries({ queryKey: ['incidents', 'one', i.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate(file);
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
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>{' '}
          <button type="submit" className="btn" disabled={!file || upload.isPending}>
            {upload.isPending ? t('common.saving') : t('incidents.attachments.upload')}
          </button>
          <FormError error={upload.error} />
        </form>
      )}
    </section>
  );
}
