import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { SPOT_CHECK_RESULTS } from '@fieldsafe/core';
import { api } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  Pager,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  formatDate,
  orNull,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody } from '../../schema.ts';

const PAGE = 10;
const TONE = { confirmed: 'ok', partly_confirmed: 'warning', not_confirmed: 'error' } as const;

/** Records an unannounced spot check: date, who, items checked (one per line), result. */
function NewSpotCheck({
  countryId,
  missions,
}: {
  countryId: string;
  missions: { id: string; label: string }[];
}) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    () => ({
      checkedOn: today(),
      checkedBy: '',
      missionId: '',
      items: '',
      result: 'confirmed',
      note: '',
    }),
    (d) =>
      api.post(`/api/countries/${countryId}/spot-checks`, {
        checkedOn: d.checkedOn,
        checkedBy: d.checkedBy,
        missionId: orNull(d.missionId),
        items: d.items
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        result: d.result,
        note: orNull(d.note),
      }),
    { invalidate: [['moss', countryId, 'spot-checks']], reset: true },
  );
  return (
    <form className="subcard" noValidate onSubmit={submit} data-testid="spot-check-form">
      <h3>{t('spot.record')}</h3>
      <div className="form-grid">
        <TextField
          label={t('spot.checkedOn')}
          name="checkedOn"
          type="date"
          value={draft.checkedOn}
          onChange={set('checkedOn')}
          required
          errors={errors}
        />
        <TextField
          label={t('spot.checkedBy')}
          name="checkedBy"
          value={draft.checkedBy}
          onChange={set('checkedBy')}
          required
          errors={errors}
        />
        <SelectField
          label={t('spot.mission')}
          name="missionId"
          value={draft.missionId}
          onChange={set('missionId')}
          options={missions.map((m) => ({ value: m.id, label: m.label }))}
          empty={t('common.none')}
          errors={errors}
        />
        <SelectField
          label={t('spot.result')}
          name="result"
          value={draft.result}
          onChange={set('result')}
          options={SPOT_CHECK_RESULTS.map((r) => ({ value: r, label: t(`spot.result.${r}`) }))}
          errors={errors}
        />
      </div>
      <TextAreaField
        label={t('spot.items')}
        name="items"
        value={draft.items}
        onChange={set('items')}
        required
        errors={errors}
      />
      <TextField label={t('spot.note')} name="note" value={draft.note} onChange={set('note')} />
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('spot.record')} />
    </form>
  );
}

/** Spot checks of a country, newest first (paged), and the form for those who record them. */
export function SpotChecksPanel({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const checks = useQuery({
    queryKey: ['moss', countryId, 'spot-checks'],
    queryFn: () =>
      api.get<ApiBody<'/api/countries/{id}/spot-checks'>>(
        `/api/countries/${countryId}/spot-checks`,
      ),
  });
  const missions = useQuery({
    queryKey: ['moss', countryId, 'missions'],
    queryFn: () =>
      api.get<ApiBody<'/api/countries/{id}/compliance-missions'>>(
        `/api/countries/${countryId}/compliance-missions`,
      ),
  });
  const missionLabel = new Map(
    (missions.data?.items ?? []).map((m) => [
      m.id,
      `${formatDate(m.visitedOn, locale)} — ${m.team}`,
    ]),
  );
  return (
    <section className="card" aria-labelledby="spot-checks">
      <h2 id="spot-checks">{t('spot.title')}</h2>
      <p className="muted">{t('spot.intro')}</p>
      {checks.isPending ? (
        <Loading />
      ) : checks.error ? (
        <ErrorBox error={checks.error} />
      ) : (
        <>
          {checks.data.items.length === 0 ? (
            <p className="empty">{t('spot.none')}</p>
          ) : (
            <ul data-testid="spot-checks">
              {checks.data.items.slice((page - 1) * PAGE, page * PAGE).map((s) => (
                <li key={s.id}>
                  <strong>{formatDate(s.checkedOn, locale)}</strong> — {s.checkedBy}{' '}
                  <Badge tone={TONE[s.result as keyof typeof TONE] ?? 'neutral'}>
                    {t(`spot.result.${s.result}` as 'spot.result.confirmed')}
                  </Badge>
                  <br />
                  {s.items.join(' · ')}
                  {s.missionId && missionLabel.has(s.missionId) && (
                    <small className="muted"> — {missionLabel.get(s.missionId)}</small>
                  )}
                  {s.note && <small className="muted"> — {s.note}</small>}
                </li>
              ))}
            </ul>
          )}
          <Pager page={page} pageSize={PAGE} total={checks.data.items.length} onPage={setPage} />
          {checks.data.abilities.canManage && (
            <NewSpotCheck
              countryId={countryId}
              missions={[...missionLabel].map(([id, label]) => ({ id, label }))}
            />
          )}
        </>
      )}
    </section>
  );
}
