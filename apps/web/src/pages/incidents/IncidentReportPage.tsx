import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api.ts';
import { useDraftForm } from '../../components/useDraftForm.ts';
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

/** The form's fields, and whether the report is sent for review (`false`: saved as a draft). */
type ReportDraft = IncidentDraft & { submit: boolean };

/** /incidents/new — the report form; ?queued=<clientRef> edits a report kept on the device. */
export function IncidentReportPage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queuedRef = params.get('queued');

  // One clientRef per report, kept for every retry of that report (online or from the queue).
  const [clientRef, setClientRef] = useState<string>(() => {
    const kept = queuedRef ? queuedReport(queuedRef) : undefined;
    return kept ? kept.clientRef : newClientRef();
  });
  const [keptItem] = useState(() => (queuedRef ? queuedReport(queuedRef) : undefined));

  /** Sends the report, or keeps it on the device when there is no link (`null`: kept). */
  const send = async ({ submit, ...d }: ReportDraft): Promise<Incident | null> => {
    const body = reportBody(d, submit, clientRef);
    if (navigator.onLine) {
      try {
        return await api.post<Incident>('/api/incidents', body);
      } catch (e) {
        if (!isOfflineFailure(e, navigator.onLine)) throw e;
      }
    }
    enqueueReport(body);
    return null;
  };
  const {
    draft,
    setDraft,
    save,
    errors: saveErrors,
  } = useDraftForm<ReportDraft, Incident | null>(
    () => ({ ...(keptItem ? draftFromBody(keptItem.body) : emptyDraft(countryId)), submit: true }),
    send,
    {
      // Run even when the browser says offline: the report is then kept on the device.
      networkMode: 'always',
      invalidate: (incident) => (incident ? [['incidents']] : []),
      onDone: (incident) => {
        if (!incident) return;
        discardReport(clientRef);
        void navigate(`/incidents/${incident.id}`, { state: { reported: true } });
      },
    },
  );

  /** `onChange` of one report field (the fields know nothing of `submit`). */
  const set =
    <K extends keyof IncidentDraft>(key: K) =>
    (value: IncidentDraft[K]) =>
      setDraft((x) => ({ ...x, [key]: value }));

  const startAnother = () => {
    setClientRef(newClientRef());
    setDraft({ ...emptyDraft(countryId), submit: true });
    save.reset();
    if (queuedRef) void navigate('/incidents/new', { replace: true });
  };

  const serverErrors: Record<string, string> = {};
  for (const dd of keptItem?.errorDetails ?? []) serverErrors[dd.path] ??= dd.message;
  const errors = save.error ? saveErrors : serverErrors;
  const kept = save.isSuccess && save.data === null;

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
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ submit: true });
          }}
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
          <IncidentFields d={draft} set={set} errors={errors} />
          {save.error instanceof ApiError && save.error.details.length > 0 && (
            <p className="alert alert-error" role="alert">
              {t('common.fixFields')}
            </p>
          )}
          <FormError error={save.error} />
          <div className="form-actions button-row incident-actions">
            <button
              type="submit"
              className="btn btn-primary"
              disabled={save.isPending}
              aria-busy={save.isPending}
              data-testid="incident-submit"
            >
              {save.isPending ? t('incidents.report.sending') : t('incidents.report.submit')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={save.isPending}
              onClick={() => save.mutate({ submit: false })}
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
