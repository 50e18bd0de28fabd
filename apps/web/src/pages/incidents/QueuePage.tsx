import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Badge, formatDate } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useIncidentQueue } from '../../offline/IncidentQueueSync.tsx';
import { discardReport, flushQueue, type FlushResult } from '../../offline/incidentQueue.ts';
import { categoryLabel } from './categories.ts';
import './incidents.css';

/** /incidents/queue — reports kept on this device, waiting to be sent. */
export function QueuePage() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const queue = useIncidentQueue();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FlushResult | null>(null);

  const sendNow = async () => {
    setBusy(true);
    try {
      const r = await flushQueue();
      setResult(r);
      if (r.sent > 0) await qc.invalidateQueries({ queryKey: ['incidents'] });
    } finally {
      setBusy(false);
    }
  };

  const discard = (clientRef: string) => {
    if (window.confirm(t('incidents.queue.discardConfirm'))) discardReport(clientRef);
  };

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
        <h1>{t('incidents.queue.title')}</h1>
        {queue.length > 0 && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void sendNow()}
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? t('incidents.report.sending') : t('incidents.queue.sendNow')}
          </button>
        )}
      </div>
      <p className="muted">{t('incidents.queue.intro')}</p>
      {result && (
        <p className="alert alert-success" role="status">
          {result.stopped
            ? t('incidents.queue.resultStopped', { sent: result.sent })
            : t('incidents.queue.result', { sent: result.sent, refused: result.refused })}
        </p>
      )}
      {queue.length === 0 ? (
        <p className="card empty" data-testid="incident-queue-empty">
          {t('incidents.queue.empty')}
        </p>
      ) : (
        <ul className="incident-queue" data-testid="incident-queue">
          {queue.map((q) => (
            <li key={q.clientRef} className="card">
              <h2>{typeof q.body.title === 'string' && q.body.title ? q.body.title : '—'}</h2>
              <p className="small muted">
                {typeof q.body.category === 'string' && categoryLabel(q.body.category, locale)}
                {' · '}
                {t('incidents.queue.savedAt', { date: formatDate(q.savedAt, locale) })}{' '}
                {q.body.submit === false && (
                  <Badge tone="neutral">{t('incidents.status.draft')}</Badge>
                )}
              </p>
              {q.error ? (
                <div className="alert alert-error" role="alert">
                  <p>{t('incidents.queue.refusedBy', { message: q.error })}</p>
                  {q.errorDetails.length > 0 && (
                    <ul>
                      {q.errorDetails.map((d) => (
                        <li key={`${d.path}:${d.message}`}>
                          {d.path}: {d.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ) : (
                <p className="small">
                  <Badge tone="warning">{t('incidents.queue.waiting')}</Badge>
                </p>
              )}
              <div className="button-row">
                <Link
                  to={`/incidents/new?queued=${encodeURIComponent(q.clientRef)}`}
                  className="btn btn-small"
                >
                  {q.error ? t('incidents.queue.fix') : t('common.edit')}
                </Link>
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  onClick={() => discard(q.clientRef)}
                >
                  {t('incidents.queue.discard')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
