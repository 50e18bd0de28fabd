import { ErrorBox, Loading } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useTravelRequests } from './queries.ts';
import { RequestCard } from './RequestCard.tsx';

/** The approver's queue: pending requests with a leg the user may decide. */
export function ApprovalsPage() {
  const { t } = useI18n();
  const queue = useTravelRequests('queue');
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('travel.queue')}</h1>
      </div>
      {queue.isPending ? (
        <Loading />
      ) : queue.error ? (
        <ErrorBox error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <p className="card empty">{t('travel.queueEmpty')}</p>
      ) : (
        queue.data.items.map((r) => <RequestCard key={r.id} request={r} />)
      )}
    </div>
  );
}
