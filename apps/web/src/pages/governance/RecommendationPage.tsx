import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  formatDate,
  FormCard,
  FormError,
  Loading,
  orNull,
  SelectField,
  SubmitButton,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { GovernanceTabs } from './GovernanceTabs.tsx';
import { statusTone } from './RecommendationsPage.tsx';
import {
  RECOMMENDATION_STATUSES as REC_STATUSES,
  type RecommendationStatus as RecStatus,
} from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type Recommendation = Schemas['Recommendation'];

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
        <Link to="/governance/recommendations">
          <span className="dir-icon" aria-hidden="true">
            ←
          </span>{' '}
          {t('gov.recs.title')}
        </Link>
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
              {h.fromStatus ? (
                <>
                  {t(`gov.status.${h.fromStatus as RecStatus}`)}{' '}
                  <span className="dir-icon" aria-hidden="true">
                    →
                  </span>
                </>
              ) : null}
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
  const { draft, set, save, errors, submit } = useDraftForm(
    { status: rec.status as string, note: '' },
    (d) =>
      api.patch<Recommendation>(`/api/recommendations/${rec.id}`, {
        status: d.status,
        ...(d.note.trim() ? { statusNote: d.note.trim() } : {}),
      }),
    {
      onDone: async (r) => {
        qc.setQueryData(['recommendation', rec.id], r);
        set('note')('');
        await qc.invalidateQueries({ queryKey: ['recommendations'] });
        await qc.invalidateQueries({ queryKey: ['recommendation-rates'] });
      },
    },
  );
  return (
    <FormCard title={t('gov.recs.changeStatus')} submit={submit}>
      <SelectField
        label={t('common.status')}
        name="status"
        value={draft.status}
        onChange={set('status')}
        options={REC_STATUSES.map((s) => ({ value: s, label: t(`gov.status.${s}`) }))}
        errors={errors}
      />
      <TextField
        label={t('gov.recs.statusNote')}
        name="statusNote"
        value={draft.note}
        onChange={set('note')}
        errors={errors}
      />
      <FormError error={save.error} />
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={t('common.save')} />
      </div>
    </FormCard>
  );
}

function EvidenceForm({ rec }: { rec: Recommendation }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const empty = { description: '', url: '', file: null as File | null };
  const { draft, set, setDraft, save, errors, submit } = useDraftForm(
    empty,
    async ({ description, url, file }) => {
      let documentId: string | null = null;
      if (file) {
        const doc = await api.upload<{ id: string }>('/api/documents', file, {
          countryId: rec.countryId,
        });
        documentId = doc.id;
      }
      return api.post<Recommendation>(`/api/recommendations/${rec.id}/evidence`, {
        description,
        url: orNull(url),
        documentId,
      });
    },
    {
      onDone: (r) => {
        qc.setQueryData(['recommendation', rec.id], r);
        setDraft(empty);
      },
    },
  );
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <TextField
        label={t('gov.recs.evidenceText')}
        name="description"
        value={draft.description}
        onChange={set('description')}
        errors={errors}
        required
      />
      <TextField
        label={t('gov.recs.link')}
        name="url"
        value={draft.url}
        onChange={set('url')}
        errors={errors}
      />
      <div className="field">
        <label htmlFor="evidence-file">{t('gov.recs.document')}</label>
        <input
          id="evidence-file"
          type="file"
          onChange={(e) => set('file')(e.target.files?.[0] ?? null)}
        />
      </div>
      <FormError error={save.error} />
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={t('gov.recs.addEvidence')} />
      </div>
    </form>
  );
}
