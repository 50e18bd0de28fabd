import { useParams } from 'react-router';
import { ErrorBox, Loading } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useTravelRequest } from './ClearanceContext.tsx';
import { RequestCard } from './RequestCard.tsx';

/** One clearance request (linked from the home and from notifications), with its context. */
export function RequestPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const request = useTravelRequest(id);
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('travel.request')}</h1>
      </div>
      {request.isPending ? (
        <Loading />
      ) : request.error ? (
        <ErrorBox error={request.error} onRetry={() => void request.refetch()} />
      ) : (
        <RequestCard request={request.data} />
      )}
    </div>
  );
}
