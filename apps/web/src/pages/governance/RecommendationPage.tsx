import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, fieldErrors } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SelectField,
  SubmitButton,
  TextField,
  formatDate,
  orNull,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { GovernanceTabs } from './GovernanceTabs.tsx';
import { statusTone } from './RecommendationsPage.tsx';
import { REC_STATUSES, type RecStatus, type Recommendation } from './types.ts';

/** One recommendation: text, addressees, status history, evidence; status and evidence forms. */
export function RecommendationPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const rec = useQuery({
    queryKey: ['recommendation', id],
    queryFn: () => api.get<Recommendation>(`/api/recommendations/${id}`),
  });
  if (rec.isPending) return <Loading />;
  if (rec.error) return <ErrorBox error={rec.error} onRetry={() => void rec.refetch()} />;
  const r = rec.data;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{r.reference}</h1>
        <Badge tone={statusTone(r.status)}>{t(`gov.status.${r.status}`)}</Badge>
      </div>
      <GovernanceTabs />
      <p>
        <Link to="/governance/recommendations">← {t('gov.recs.title')}</Link>
      </p>
      <section className="card">
        <dl className="details">
          <div>
            <dt>{t('gov.recs.body')}</dt>
            <dd>{t(`gov.body.${r.body}`)}</dd>
          </div>
          <div>
            <dt>{t('gov.recs.issuedOn')}</dt>
            <dd>{formatDate(r.issuedOn, locale)}</dd>
          </div>
          <div>
            <dt>{t('gov.recs.owner')}</dt>
            <dd>{r.owner}</dd>
          </div>
          <div>
            <dt>{t('gov.recs.deadline')}</dt>
            <dd>
              {r.deadline ? formatDate(r.deadline, locale) : t('common.none')}
              {r.overdue && (
                <>
                  {' '}
                  <Badge tone="error">{t('gov.recs.overdueBadge')}</Badge>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('gov.recs.addressees')}</dt>
            <dd>{r.addressees.map((a) => a.code).join(', ')}</dd>
          </div>
        </dl>
        <p style={{ whiteSpace: 'pre-line' }}>{r.text}</p>
      </section>
      {r.abilities.canEdit && <StatusForm rec={r} />}
      <section className="card">
        <h2>{t('gov.recs.evidence')}</h2>
        {r.evidence.length === 0 ? (
          <p className="empty">{t('gov.recs.noEvidence')}</p>
        ) : (
          <ul>
            {r.evidence.map((e) => (
              <li key={e.id}>
                {e.description}
                {e.url && (
                  <>
                    {' — '}
                    <a href={e.url} rel="noreferrer noopener" target="_blank">
                      {e.url}
                    </a>
                  </>
                )}
                {e.documentId && (
                  <>
                    {' — '}
                    <a href={`/api/documents/${e.documentId}`}>{t('gov.recs.document')}</a>
                  </>
                )}
                <div className="small muted">
                  {e.addedBy}, {formatDate(e.createdAt, locale)}
                </div>
              </li>
            ))}
          </ul>
        )}
        {r.abilities.canEdit && <EvidenceForm rec={r} />}
      </section>
      <section className="card">
        <h2>{t('gov.recs.history')}</h2>
        <ol>
          {r.history.map((h, i) => (
            <li key={i}>
              {formatDate(h.changedAt, locale)}:{' '}
              {h.fromStatus ? `${t(`gov.status.${h.fromStatus as RecStatus}`)} → ` : ''}
              {t(`gov.status.${h.toStatus as RecStatus}`)} ({h.changedBy})
              {h.note && <div className="small muted">{h.note}</div>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function StatusForm({ rec }: { rec: Recommendation }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [status, setStatus] = useState<string>(rec.status);
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api.patch<Recommendation>(`/api/recommendations/${rec.id}`, {
        status,
        ...(note.trim() ? { statusNote: note.trim() } : {}),
      }),
    onSuccess: async (r) => {
      qc.setQueryData(['recommendation', rec.id], r);
      setNote('');
      await qc.invalidateQueries({ queryKey: ['recommendations'] });
      await qc.invalidateQueries({ queryKey: ['recommendation-rates'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = fieldErrors(save.error);
  return (
    <section className="card">
      <h2>{t('gov.recs.changeStatus')}</h2>
      <form className="form-grid" onSubmit={submit} noValidate>
        <SelectField
          label={t('common.status')}
          name="status"
          value={status}
          onChange={setStatus}
          options={REC_STATUSES.map((s) => ({ value: s, label: t(`gov.status.${s}`) }))}
          errors={errors}
        />
        <TextField
          label={t('gov.recs.statusNote')}
          name="statusNote"
          value={note}
          onChange={setNote}
          errors={errors}
        />
        <FormError error={save.error} />
        <div className="form-actions">
          <SubmitButton busy={save.isPending} label={t('common.save')} />
        </div>
      </form>
    </section>
  );
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('file not read'));
    reader.readAsDataURL(file);
  });
}

function EvidenceForm({ rec }: { rec: Recommendation }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [description, setDescription] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const save = useMutation({
    mutationFn: async () => {
      let documentId: string | null = null;
      if (file) {
        const doc = await api.post<{ id: string }>('/api/documents', {
          countryId: rec.countryId,
          filename: file.name,
          mediaType: file.type || 'application/octet-stream',
          contentBase64: await readBase64(file),
        });
        documentId = doc.id;
      }
      return api.post<Recommendation>(`/api/recommendations/${rec.id}/evidence`, {
        description,
        url: orNull(url),
        documentId,
      });
    },
    onSuccess: (r) => {
      qc.setQueryData(['recommendation', rec.id], r);
      setDescription('');
      setUrl('');
      setFile(null);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = fieldErrors(save.error);
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <TextField
        label={t('gov.recs.evidenceText')}
        name="description"
        value={description}
        onChange={setDescription}
        errors={errors}
        required
      />
      <TextField
        label={t('gov.recs.link')}
        name="url"
        value={url}
        onChange={setUrl}
        errors={errors}
      />
      <div className="field">
        <label htmlFor="evidence-file">{t('gov.recs.document')}</label>
        <input
          id="evidence-file"
          type="file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <FormError error={save.error} />
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={t('gov.recs.addEvidence')} />
      </div>
    </form>
  );
}
