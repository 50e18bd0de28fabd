import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../i18n/index.tsx';
import '../pages/incidents/incidents.css';
import {
  FLUSH_INTERVAL_MS,
  flushQueue,
  loadQueue,
  pendingReports,
  subscribeQueue,
  type QueuedReport,
} from './incidentQueue.ts';

/** The reports kept on this device, updated when the queue changes. */
export function useIncidentQueue(): QueuedReport[] {
  return useSyncExternalStore(subscribeQueue, loadQueue, loadQueue);
}

/**
 * Sends the kept reports on start, when the device comes back online and every 30 s while
 * reports wait; shows "N reports waiting to be sent" with a link to the queue view.
 * Rendered once, inside the signed-in layout.
 */
export function IncidentQueueSync() {
  const t = useT();
  const qc = useQueryClient();
  const queue = useIncidentQueue();
  const waiting = pendingReports(queue).length;

  useEffect(() => {
    const flush = () => {
      void flushQueue().then((r) => {
        if (r.sent > 0) void qc.invalidateQueries({ queryKey: ['incidents'] });
      });
    };
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [qc]);

  useEffect(() => {
    if (waiting === 0) return;
    const h = window.setInterval(() => {
      void flushQueue().then((r) => {
        if (r.sent > 0) void qc.invalidateQueries({ queryKey: ['incidents'] });
      });
    }, FLUSH_INTERVAL_MS);
    return () => window.clearInterval(h);
  }, [waiting, qc]);

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
