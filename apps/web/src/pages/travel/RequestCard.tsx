import { api } from '../../api.ts';
import { Badge, FormError, TextAreaField, formatDate } from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useTravelWrite } from './queries.ts';
import type { Schemas } from '../../schema.ts';
import {
  ClearanceContext,
  ClearanceContextOf,
  type RequestWithContext,
} from './ClearanceContext.tsx';
import { localized } from '../../i18n/labels.ts';

type TravelRequest = Schemas['TravelRequest'];

const TONE = {
  pending: 'warning',
  approved: 'ok',
  refused: 'error',
  cancelled: 'neutral',
} as const;
const SEVERITY = { refuse: 'error', refer: 'warning', info: 'info' } as const;

/** One request: itinerary, status, every reason, and the actions the user may take. */
export function RequestCard({ request: r }: { request: RequestWithContext }) {
  const { t, locale } = useI18n();
  // The decision is the button pressed: `decide.mutate({ decision })`.
  const {
    draft,
    set,
    save: decide,
  } = useDraftForm(
    { comment: '', decision: 'approve' as 'approve' | 'refuse' },
    (body) => api.post(`/api/travel/requests/${r.id}/decision`, body),
    { invalidate: [['travel'], ['notifications']] },
  );
  const cancel = useTravelWrite(() => api.post(`/api/travel/requests/${r.id}/cancel`));
  return (
    <article className="card" id={`request-${r.id}`} data-testid="travel-request">
      <div className="card-head">
        <h3>
          {r.travellerName} — {r.purpose}{' '}
          {r.travelKind === 'home_leave' && (
            <Badge tone="info">{t('travel.kind.home_leave')}</Badge>
          )}
        </h3>
        <span data-testid="travel-request-status">
          <Badge tone={TONE[r.status]}>{t(`travel.status.${r.status}`)}</Badge>
        </span>
      </div>
      {r.filedByName && (
        <p className="muted small" data-testid="travel-filed-by">
          {t('travel.filedBy', { name: r.filedByName })}
        </p>
      )}
      <p className="muted" data-testid="travel-outcome">
        {t('travel.outcome')}: {t(`travel.outcome.${r.outcome}`)}
        {r.clearanceNumber && ` · ${t('travel.clearance')} ${r.clearanceNumber}`}
      </p>
      <ol>
        {r.legs.map((l) => (
          <li key={l.id}>
            {l.locationName}: {formatDate(l.arrivalOn, locale)}{' '}
            <span className="dir-icon" aria-hidden="true">
              →
            </span>{' '}
            {formatDate(l.departureOn, locale)}{' '}
            <Badge tone={TONE[l.status as keyof typeof TONE] ?? 'neutral'}>
              {t(`travel.status.${l.status as TravelRequest['status']}`)}
            </Badge>{' '}
            <small className="muted">
              {t('travel.approver')}: {l.approverRole}
              {l.comment && ` — “${l.comment}”`}
            </small>
          </li>
        ))}
      </ol>
      <h4>{t('travel.reasons')}</h4>
      {r.reasons.length === 0 && <p className="muted">{t('travel.noReasons')}</p>}
      <ul data-testid="travel-reasons">
        {r.reasons.map((reason, i) => (
          <li key={i}>
            <Badge tone={SEVERITY[reason.severity]}>
              {t(`travel.severity.${reason.severity}`)}
            </Badge>{' '}
            {localized(reason.message, locale)}
          </li>
        ))}
      </ul>
      {r.context ? (
        <ClearanceContext context={r.context} />
      ) : (
        r.abilities.canDecide && <ClearanceContextOf id={r.id} />
      )}
      {r.abilities.canDecide && (
        <div>
          <TextAreaField
            label={t('travel.comment')}
            name="comment"
            value={draft.comment}
            onChange={set('comment')}
          />
          <div className="button-row">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => decide.mutate({ decision: 'approve' })}
              data-testid="travel-approve"
              disabled={decide.isPending}
            >
              {t('travel.approve')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => decide.mutate({ decision: 'refuse' })}
              data-testid="travel-refuse"
              disabled={decide.isPending}
            >
              {t('travel.refuse')}
            </button>
          </div>
          <FormError error={decide.error} />
        </div>
      )}
      {r.abilities.canCancel && (
        <div className="button-row">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => cancel.mutate(undefined)}
            disabled={cancel.isPending}
          >
            {t('travel.cancel')}
          </button>
          <FormError error={cancel.error} />
        </div>
      )}
    </article>
  );
}
