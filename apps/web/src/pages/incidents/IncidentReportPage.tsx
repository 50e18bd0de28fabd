import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, fieldErrors } from '../../api.ts';
import { FormError } from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import {
  discardReport,
  enqueueReport,
  isOfflineFailure,
  newClientRef,
  queuedReport,
} from '../../offline/incidentQueue.ts';
import { IncidentFields } from './IncidentFields.tsx';
import { draftFromBody, emptyDraft, reportBody, type IncidentDraft } from './incidentDraft.ts';
import type { Schemas } from '../../schema.ts';
import './incidents.css';

type Incident = Schemas['Incident'];

type Outcome = { kind: 'kept' } | { kind: 'failed'; error: unknown };

/** /incidents/new — the report form; ?queued=<clientRef> edits a report kept on the device. */
export function IncidentReportPage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const queuedRef = params.get('queued');

  // One clientRef per report, kept for every retry of that report (online or from the queue).
  const [clientRef, setClientRef] = useState<string>(() => {
    const kept = queuedRef ? queuedReport(queuedRef) : undefined;
    return kept ? kept.clientRef : newClientRef();
  });
  const [keptItem] = useState(() => (queuedRef ? queuedReport(queuedRef) : undefined));
  const [d, setD] = useState<IncidentDraft>(() =>
    keptItem ? draftFromBody(keptItem.body) : emptyDraft(countryId),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const set =
    <K extends keyof IncidentDraft>(k: K) =>
    (v: IncidentDraft[K]) => {
      setOutcome(null);
      setD((prev) => ({ ...prev, [k]: v }));
    };

  const keep = (submit: boolean): Outcome => {
    try {
      enqueueReport(reportBody(d, submit, clientRef));
      return { kind: 'kept' };
    } catch (e) {
      return { kind: 'failed', error: e };
    }
  };

  const send = useMutation({
    // Run even when the browser says offline: the report is then kept on the device.
    networkMode: 'always',
    mutationFn: async (submit: boolean): Promise<Incident | null> => {
      if (!navigator.onLine) {
        setOutcome(keep(submit));
        return null;
      }
      try {
        return await api.post<Incident>('/api/incidents', reportBody(d, submit, clientRef));
      } catch (e) {
        if (isOfflineFailure(e, navigator.onLine)) {
          setOutcome(keep(submit));
          return null;
        }
        throw e;
      }
    },
    onSuccess: async (incident) => {
      if (!incident) return;
      discardReport(clientRef);
      await qc.invalidateQueries({ queryKey: ['incidents'] });
      void navigate(`/incidents/${incident.id}`, { state: { reported: true } });
    },
  });

  const submitWith = (submit: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    setOutcome(null);
    send.mutate(submit);
  };

  const startAnother = () => {
    setClientRef(newClientRef());
    setD(emptyDraft(countryId));
    setOutcome(null);
    send.reset();
    if (queuedRef) void navigate('/incidents/new', { replace: true });
  };

  const serverErrors: Record<string, string> = {};
  for (const dd of keptItem?.errorDetails ?? []) serverErrors[dd.path] ??= dd.message;
  const errors = send.error ? fieldErrors(send.error) : serverErrors;
  const kept = outcome?.kind === 'kept';

  return (
    <div className="page narrow incident-report">
      <div className="page-head">
        <h1>{queuedRef ? t('incidents.queue.editTitle') : t('incidents.report.title')}</h1>
        <Link to="/incidents" className="btn btn-small">
          {t('incidents.list.title')}
        </Link>
      </div>
      {!navigator.onLine && !kept && (
        <p className="alert alert-warning" role="status">
          {t('incidents.report.offlineHint')}
        </p>
      )}
      {kept ? (
        <section className="card" role="status" data-testid="incident-kept">
          <p className="alert alert-warning">{t('incidents.report.kept')}</p>
          <div className="button-row">
            <Link to="/incidents/queue" className="btn">
              {t('incidents.queue.open')}
            </Link>
            <button type="button" className="btn btn-primary" onClick={startAnother}>
              {t('incidents.report.another')}
            </button>
          </div>
        </section>
      ) : (
        <form
          className="card"
          onSubmit={submitWith(true)}
          noValidate
          data-testid="incident-form"
          aria-describedby="incident-form-intro"
        >
          <p id="incident-form-intro" className="muted small">
            {t('incidents.report.intro')}
          </p>
          {keptItem?.error && (
            <p className="alert alert-error" role="alert">
              {t('incidents.queue.refusedBy', { message: keptItem.error })}
            </p>
          )}
          <IncidentFields d={d} set={set} errors={errors} />
          {send.error instanceof ApiError && send.error.details.length > 0 && (
            <p className="alert alert-error" role="alert">
              {t('common.fixFields')}
            </p>
          )}
          <FormError error={send.error ?? (outcome?.kind === 'failed' ? outcome.error : null)} />
          <div className="form-actions button-row incident-actions">
            <button
              type="submit"
              className="btn btn-primary"
              disabled={send.isPending}
              aria-busy={send.isPending}
              data-testid="incident-submit"
            >
              {send.isPending ? t('incidents.report.sending') : t('incidents.report.submit')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={send.isPending}
              onClick={() => submitWith(false)()}
            >
              {t('incidents.report.saveDraft')}
            </button>
          </div>
          <p className="muted small">{t('incidents.report.submitHelp')}</p>
        </form>
      )}
    </div>
  );
}
