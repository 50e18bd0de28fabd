import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../../api.ts';
import {
  ErrorBox,
  FormError,
  Loading,
  Notice,
  SubmitButton,
  TextAreaField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { countryName, useCountries } from '../../queries.ts';
import { categoryLabel, isClassification, type IncidentStatus } from './categories.ts';
import { IncidentFields } from './IncidentFields.tsx';
import { draftFromIncident, fieldsOf, type IncidentDraft } from './incidentDraft.ts';
import { Attachments } from './Attachments.tsx';
import { Reviews } from './Reviews.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import type { Schemas } from '../../schema.ts';
import './incidents.css';
import { formatDateTime as coreFormatDateTime } from '@fieldsafe/core';

type Incident = Schemas['Incident'];
type IncidentDetail = Schemas['IncidentDetail'];

/** The incident's local time with its zone name ("5 Dec 2026, 06:33 GMT+1 (Africa/Lagos)"). */
function formatDateTime(value: string, timeZone: string, locale: string): string {
  return `${coreFormatDateTime(value, locale, timeZone)} (${timeZone})`;
}

export function IncidentPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const location = useLocation();
  const reported = (location.state as { reported?: boolean } | null)?.reported === true;
  const incident = useQuery({
    queryKey: ['incidents', 'one', id],
    queryFn: ({ signal }) => api.get<IncidentDetail>(`/api/incidents/${id}`, signal),
  });
  const countries = useCountries();
  const [correcting, setCorrecting] = useState(false);

  if (incident.isPending) return <Loading />;
  if (incident.error)
    return <ErrorBox error={incident.error} onRetry={() => void incident.refetch()} />;
  const i = incident.data;
  const country = countries.data?.items.find((c) => c.id === i.countryId);

  return (
    <div className="page narrow">
      <p className="small">
        <Link to="/incidents">
          <span className="dir-icon" aria-hidden="true">
            ←
          </span>{' '}
          {t('incidents.list.title')}
        </Link>
      </p>
      <div className="page-head">
        <h1>{i.title}</h1>
        <StatusBadge status={i.status} />
      </div>
      {reported && (
        <Notice>
          {i.status === 'draft' ? t('incidents.report.draftSaved') : t('incidents.report.sent')}
        </Notice>
      )}

      <section className="card">
        <dl className="details">
          <dt>{t('incidents.category')}</dt>
          <dd>
            {categoryLabel(i.category, locale)}{' '}
            <span className="muted small">
              ({t(i.nature === 'safety' ? 'incidents.nature.safety' : 'incidents.nature.security')})
            </span>
          </dd>
          <dt>{t('incidents.occurredAt')}</dt>
          <dd>{formatDateTime(i.occurredAt, i.timeZone, locale)}</dd>
          <dt>{t('common.country')}</dt>
          <dd>{countryName(country, locale) || i.countryId}</dd>
          {i.place && (
            <>
              <dt>{t('incidents.place')}</dt>
              <dd>{i.place}</dd>
            </>
          )}
          {i.latitude !== null && i.longitude !== null && (
            <>
              <dt>{t('incidents.position')}</dt>
              <dd>
                {i.latitude.toFixed(5)}, {i.longitude.toFixed(5)}
              </dd>
            </>
          )}
          <dt>{t('incidents.affected')}</dt>
          <dd>
            {t('incidents.affectedSummary', {
              personnel: i.personnelAffected,
              dependants: i.dependantsAffected,
              partners: i.partnersAffected,
            })}
          </dd>
          <dt>{t('incidents.fatalities')}</dt>
          <dd>{i.fatalities}</dd>
          <dt>{t('incidents.injuries')}</dt>
          <dd>{i.injuries}</dd>
          <dt>{t('incidents.classification')}</dt>
          <dd>
            {isClassification(i.classification)
              ? t(`incidents.classification.${i.classification}`)
              : i.classification}
          </dd>
          {i.reportedAt && (
            <>
              <dt>{t('incidents.reportedAt')}</dt>
              <dd>{formatDateTime(i.reportedAt, i.timeZone, locale)}</dd>
            </>
          )}
          <dt>{t('incidents.version')}</dt>
          <dd>{i.version}</dd>
        </dl>
        <h2>{t('incidents.narrative')}</h2>
        <p className="incident-narrative">{i.narrative}</p>
        {i.people.length > 0 && (
          <>
            <h2>{t('incidents.people')}</h2>
            <ul>
              {i.people.map((p) => (
                <li key={p.id}>
                  {p.name ?? t('common.none')} — {p.kind}, {p.outcome}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <StatusActions incident={i} />

      {i.abilities.canCorrect && (
        <section className="card">
          <div className="card-head">
            <h2>{t('incidents.correct.title')}</h2>
            {!correcting && (
              <button type="button" className="btn btn-small" onClick={() => setCorrecting(true)}>
                {t('incidents.correct.open')}
              </button>
            )}
          </div>
          {correcting && <CorrectionForm incident={i} onDone={() => setCorrecting(false)} />}
        </section>
      )}

      <section className="card">
        <h2>{t('incidents.history.title')}</h2>
        {i.revisions.length === 0 ? (
          <p className="empty">{t('incidents.history.none')}</p>
        ) : (
          <ol className="incident-history" data-testid="incident-history">
            {[...i.revisions]
              .sort((a, b) => b.version - a.version)
              .map((r) => (
                <li key={r.version}>
                  <strong>{t('incidents.history.version', { version: r.version })}</strong>{' '}
                  <span className="muted small">
                    {formatDateTime(r.createdAt, i.timeZone, locale)}
                  </span>
                  <p>{r.reason}</p>
                </li>
              ))}
          </ol>
        )}
      </section>

      <Attachments incident={i} />
      <Reviews incident={i} />
    </div>
  );
}

function StatusActions({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useI18n();
  const {
    draft,
    set,
    save: move,
  } = useDraftForm(
    { comment: '', status: null as IncidentStatus | null },
    (d) =>
      api.post<Incident>(`/api/incidents/${i.id}/status`, {
        status: d.status,
        comment: d.comment.trim() || null,
      }),
    { reset: true, invalidate: [['incidents']] },
  );
  const actions: { to: IncidentStatus; label: string; primary?: boolean }[] = [];
  if (i.status === 'draft' && i.abilities.canCorrect)
    actions.push({ to: 'reported', label: t('incidents.action.submit'), primary: true });
  if (i.status === 'reported' && i.abilities.canVerify) {
    actions.push({ to: 'verified', label: t('incidents.action.verify'), primary: true });
    actions.push({ to: 'closed', label: t('incidents.action.close') });
  }
  if (i.status === 'verified' && i.abilities.canCorrect)
    actions.push({ to: 'closed', label: t('incidents.action.close') });
  if (actions.length === 0) return null;

  return (
    <section className="card" aria-label={t('incidents.action.title')}>
      <h2>{t('incidents.action.title')}</h2>
      {i.status !== 'draft' && (
        <TextAreaField
          label={`${t('incidents.action.comment')} ${t('common.optional')}`}
          name="comment"
          value={draft.comment}
          onChange={set('comment')}
          rows={2}
        />
      )}
      <FormError error={move.error} />
      <div className="button-row">
        {actions.map((a) => (
          <button
            key={a.to}
            type="button"
            className={`btn${a.primary ? ' btn-primary' : ''}`}
            disabled={move.isPending}
            onClick={() => move.mutate({ status: a.to })}
            data-testid={`incident-status-${a.to}`}
          >
            {a.label}
          </button>
        ))}
      </div>
    </section>
  );
}

/** The fields a correction changes; the date-time and its zone go together. */
function changesOf(initial: IncidentDraft, draft: IncidentDraft): Record<string, unknown> {
  const before = fieldsOf(initial);
  const after = fieldsOf(draft);
  const changes = Object.fromEntries(
    Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
  );
  if ('occurredAt' in changes || 'timeZone' in changes) {
    changes.occurredAt = after.occurredAt;
    changes.timeZone = after.timeZone;
  }
  return changes;
}

function CorrectionForm({ incident, onDone }: { incident: IncidentDetail; onDone: () => void }) {
  const { t } = useI18n();
  const [initial] = useState(() => draftFromIncident(incident));
  const [nothing, setNothing] = useState(false);
  const { draft, set, setDraft, save, errors } = useDraftForm(
    { ...initial, reason: '' },
    ({ reason, ...d }) =>
      api.patch<Incident>(`/api/incidents/${incident.id}`, {
        ...changesOf(initial, d),
        reason: reason.trim(),
      }),
    { invalidate: [['incidents']], onDone },
  );
  const setField =
    <K extends keyof IncidentDraft>(k: K) =>
    (v: IncidentDraft[K]) => {
      setNothing(false);
      setDraft((x) => ({ ...x, [k]: v }));
    };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (Object.keys(changesOf(initial, draft)).length === 0) {
      setNothing(true);
      return;
    }
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate data-testid="incident-correction-form">
      <IncidentFields d={draft} set={setField} errors={errors} />
      <TextAreaField
        label={t('incidents.correct.reason')}
        name="reason"
        value={draft.reason}
        onChange={set('reason')}
        errors={errors}
        required
        rows={3}
        help={t('incidents.correct.reasonHelp')}
      />
      {nothing && (
        <p className="alert alert-error" role="alert">
          {t('incidents.correct.nothing')}
        </p>
      )}
      <FormError error={save.error} />
      <div className="form-actions button-row">
        <SubmitButton busy={save.isPending} label={t('incidents.correct.save')} />
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
