import { useCallback, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import {
  answerCheckin,
  checkinOf,
  checkinOutbox,
  type CheckinAnswer,
  type SharedPosition,
} from '../offline/checkinQueue.ts';
import { useOutboxSync } from '../offline/useOutbox.ts';
import { useMyPreciseLocation } from './PreciseLocationBanner.tsx';
import { CheckboxField } from './ui.tsx';

/** The device's position, asked for once the person has consented; null when it cannot be read. */
function readPosition(): Promise<SharedPosition | null> {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator))
    return Promise.resolve(null);
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (pos) => resolve({ latitude: pos.coords.latitude, longitude: pos.coords.longitude }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    ),
  );
}

interface MyCheckin {
  crisisId: string;
  title: string;
  declaredAt: string;
  status: CheckinAnswer | 'no_answer';
  answeredAt: string | null;
}

export const MY_CHECKINS_KEY = ['crises', 'mine'] as const;

/**
 * "Are you safe?" on every page for a person enrolled in an active crisis (GET /api/crises/mine).
 * The answer goes through the device's outbox: without a connection it is kept, shown as waiting
 * to be sent (also after a reload, from the device alone), and sent once the connection returns.
 */
export function CrisisPrompt() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const mine = useQuery({
    queryKey: MY_CHECKINS_KEY,
    queryFn: () => api.get<MyCheckin[]>('/api/crises/mine'),
    refetchInterval: 60_000,
    retry: false,
  });
  const onSent = useCallback(() => {
    void qc.invalidateQueries({ queryKey: MY_CHECKINS_KEY });
    void qc.invalidateQueries({ queryKey: ['crisis'] });
  }, [qc]);
  const queue = useOutboxSync(checkinOutbox, onSent);
  // Precise location active for the person: a position goes with an answer only when they tick
  // the box for that answer (never silently; the box is cleared after each answer).
  const precise = useMyPreciseLocation();
  const [share, setShare] = useState(false);
  const [noPosition, setNoPosition] = useState(false);

  const kept = new Map(
    queue.flatMap((q) => {
      const c = checkinOf(q);
      return c ? [[c.crisisId, { ...c, item: q }] as const] : [];
    }),
  );
  // The crises from the server, and those known only from an answer kept on the device (offline).
  const crises: { crisisId: string; title: string; status: MyCheckin['status'] }[] = [
    ...(mine.data ?? []),
  ];
  for (const k of kept.values())
    if (!crises.some((c) => c.crisisId === k.crisisId))
      crises.push({ crisisId: k.crisisId, title: k.title, status: 'no_answer' });
  if (crises.length === 0) return null;

  const answerLabel = (s: CheckinAnswer) => t(s === 'safe' ? 'crisis.iAmSafe' : 'crisis.iNeedHelp');
  const answer = (crisisId: string, title: string, status: CheckinAnswer) => {
    qc.setQueryData<MyCheckin[]>(MY_CHECKINS_KEY, (old) =>
      old?.map((c) => (c.crisisId === crisisId ? { ...c, status } : c)),
    );
    const consented = share && precise !== null;
    setShare(false);
    setNoPosition(false);
    void (consented ? readPosition() : Promise.resolve(null))
      .then((position) => {
        if (consented && !position) setNoPosition(true);
        return answerCheckin(crisisId, title, status, position);
      })
      .then((r) => {
        if (r.sent > 0) onSent();
      });
  };

  return (
    <section
      className="crisis-prompt"
      aria-label={t('crisis.prompt.label')}
      data-testid="crisis-prompt"
    >
      {crises.map((c) => {
        const k = kept.get(c.crisisId);
        const asked = c.status === 'no_answer' && !k;
        return (
          <div
            key={c.crisisId}
            className={`alert ${asked || c.status === 'need_help' ? 'alert-error' : 'alert-warning'}`}
            role={asked ? 'alert' : 'status'}
            data-testid="crisis-prompt-item"
          >
            <p>
              <strong>
                {asked
                  ? t('crisis.prompt.question', { title: c.title })
                  : t('crisis.prompt.crisis', { title: c.title })}
              </strong>{' '}
              {k && k.item.error === null && (
                <span data-testid="checkin-waiting">
                  {t('crisis.prompt.waiting', { answer: answerLabel(k.status) })}
                </span>
              )}
              {k && k.item.error !== null && (
                <span data-testid="checkin-refused">
                  {t('crisis.prompt.refused', { message: k.item.error })}{' '}
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => checkinOutbox.discard(k.item.clientRef)}
                  >
                    {t('crisis.prompt.discard')}
                  </button>
                </span>
              )}
              {!k && c.status !== 'no_answer' && (
                <span data-testid="checkin-recorded">
                  {t('crisis.prompt.recorded', { answer: answerLabel(c.status) })}
                </span>
              )}
            </p>
            {precise && (
              <CheckboxField
                label={t('location.consent')}
                name="shareLocation"
                checked={share}
                onChange={setShare}
              />
            )}
            {noPosition && <p className="muted">{t('location.noPosition')}</p>}
            <div className="button-row">
              <button
                type="button"
                className={`btn ${asked ? 'btn-primary' : 'btn-small'}`}
                aria-pressed={(k?.status ?? c.status) === 'safe'}
                onClick={() => answer(c.crisisId, c.title, 'safe')}
              >
                {t('crisis.iAmSafe')}
              </button>
              <button
                type="button"
                className={`btn ${asked ? 'btn-danger' : 'btn-small'}`}
                aria-pressed={(k?.status ?? c.status) === 'need_help'}
                onClick={() => answer(c.crisisId, c.title, 'need_help')}
              >
                {t('crisis.iNeedHelp')}
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
