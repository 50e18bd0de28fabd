import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../i18n/index.tsx';
import '../pages/incidents/incidents.css';
import { incidentOutbox, pendingReports, type QueuedReport } from './incidentQueue.ts';
import { useOutbox, useOutboxSync } from './useOutbox.ts';

/** The reports kept on this device, updated when the queue changes. */
export function useIncidentQueue(): QueuedReport[] {
  return useOutbox(incidentOutbox);
}

/**
 * Sends the kept reports on start, when the device comes back online and every 30 s while
 * reports wait; shows "N reports waiting to be sent" with a link to the queue view.
 * Rendered once, inside the signed-in layout.
 */
export function IncidentQueueSync() {
  const t = useT();
  const qc = useQueryClient();
  const onSent = useCallback(() => void qc.invalidateQueries({ queryKey: ['incidents'] }), [qc]);
  const queue = useOutboxSync(incidentOutbox, onSent);
  const waiting = pendingReports(queue).length;

  if (queue.length === 0) return null;
  const refused = queue.length - waiting;
  return (
    <div
      className="alert alert-warning queue-banner"
      role="status"
      data-testid="incident-queue-banner"
    >
      <p>
        {queue.length === 1
          ? t('incidents.queue.bannerOne')
          : t('incidents.queue.banner', { count: queue.length })}
        {refused > 0 && <> {t('incidents.queue.bannerRefused', { count: refused })}</>}{' '}
        <Link to="/incidents/queue">{t('incidents.queue.open')}</Link>
      </p>
    </div>
  );
}
