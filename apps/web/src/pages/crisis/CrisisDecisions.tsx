import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  Badge,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';

type EvacuationList = ApiBody<'/api/crises/{id}/evacuation'>;
type Movement = NonNullable<Schemas['EvacuationEntry']['movement']>;

const MEASURES = ['relocation', 'evacuation', 'alternate_work'] as const;
type Measure = (typeof MEASURES)[number];
const MOVEMENT_TONE = { decided: 'info', moved: 'warning', arrived: 'ok' } as const;

/** The evacuation list with each person's decision: decided → moved → arrived [003 ¶181–182]. */
export function Evacuation({ id }: { id: string }) {
  const { t } = useI18n();
  const list = useQuery({
    queryKey: ['crisis', id, 'evacuation'],
    queryFn: () => api.get<EvacuationList>(`/api/crises/${id}/evacuation`),
  });
  const [deciding, setDeciding] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  const abilities = list.data?.abilities ?? { canDecide: false, canTrack: false };
  const count = (f: (e: (typeof items)[number]) => boolean) => items.filter(f).length;
  return (
    <section className="card" aria-labelledby="crisis-evacuation">
      <h2 id="crisis-evacuation">{t('crisis.evacuation')}</h2>
      <p className="muted">{t('crisis.evacuationHelp')}</p>
      <p data-testid="evacuation-counts">
        {t('crisis.evacuationCounts', {
          eligible: count((e) => e.eligibility === 'eligible'),
          caseByCase: count((e) => e.eligibility === 'case_by_case'),
          decided: count((e) => e.movement?.status === 'decided'),
          moved: count((e) => e.movement?.status === 'moved'),
          arrived: count((e) => e.movement?.status === 'arrived'),
        })}
      </p>
      <div className="table-wrap">
        <table className="responsive" data-testid="evacuation-list">
          <thead>
            <tr>
              <th scope="col">{t('crisis.name')}</th>
              <th scope="col">{t('crisis.eligibility')}</th>
              <th scope="col">{t('crisis.movement')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('crisis.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.personId}>
                <td data-label={t('crisis.name')}>
                  {e.name} ({e.organization})
                </td>
                <td data-label={t('crisis.eligibility')}>
                  <div>
                    <Badge tone={e.eligibility === 'eligible' ? 'ok' : 'warning'}>
                      {t(e.eligibility === 'eligible' ? 'crisis.eligible' : 'crisis.caseByCase')}
                    </Badge>{' '}
                    {e.locallyRecruited && <span className="muted small">{t('crisis.local')}</span>}
                    {e.kind === 'visitor' && (
                      <span className="muted small">{t('crisis.visitor')}</span>
                    )}
                  </div>
                </td>
                <td data-label={t('crisis.movement')}>
                  <div>
                    {e.movement ? (
                      <MovementCell movement={e.movement} />
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </div>
                </td>
                <td className="actions">
                  <MovementActions
                    crisisId={id}
                    personId={e.personId}
                    movement={e.movement}
                    canDecide={abilities.canDecide}
                    canTrack={abilities.canTrack}
                    onDecide={() => setDeciding(e.personId)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {deciding && (
        <DecideForm
          crisisId={id}
          entry={items.find((e) => e.personId === deciding)}
          onDone={() => setDeciding(null)}
        />
      )}
    </section>
  );
}

function MovementCell({ movement }: { movement: Movement }) {
  const { t } = useI18n();
  return (
    <>
      {t(`crisis.kind.${movement.measure}` as 'crisis.kind.relocation')}:{' '}
      <Badge tone={MOVEMENT_TONE[movement.status]}>{t(`crisis.movement.${movement.status}`)}</Badge>
      {movement.destination ? <span className="muted"> → {movement.destination}</span> : null}
      {movement.staffAssociation ? (
        <div className="muted small">
          {t('crisis.staffAssociationLine', {
            association: movement.staffAssociation,
            on: movement.staffAssociationConsultedOn ?? '—',
          })}
        </div>
      ) : null}
    </>
  );
}

function MovementActions({
  crisisId,
  personId,
  movement,
  canDecide,
  canTrack,
  onDecide,
}: {
  crisisId: string;
  personId: string;
  movement: Movement | null;
  canDecide: boolean;
  canTrack: boolean;
  onDecide: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const advance = useMutation({
    mutationFn: (status: 'moved' | 'arrived') =>
      api.post(`/api/crises/${crisisId}/movements/${personId}/status`, { status }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['crisis', crisisId, 'evacuation'] }),
  });
  const next =
    movement?.status === 'decided' ? 'moved' : movement?.status === 'moved' ? 'arrived' : null;
  return (
    <div className="button-row">
      {canDecide && (!movement || movement.status === 'decided') && (
        <button type="button" className="btn btn-ghost btn-small" onClick={onDecide}>
          {t('crisis.decide')}
        </button>
      )}
      {canTrack && next && (
        <button
          type="button"
          className="btn btn-small"
          disabled={advance.isPending}
          onClick={() => advance.mutate(next)}
        >
          {t(next === 'moved' ? 'crisis.markMoved' : 'crisis.markArrived')}
        </button>
      )}
      <FormError error={advance.error} />
    </div>
  );
}

function DecideForm({
  crisisId,
  entry,
  onDone,
}: {
  crisisId: string;
  entry: EvacuationList['items'][number] | undefined;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const {
    draft: d,
    set,
    save: decide,
    errors,
    submit,
  } = useDraftForm(
    {
      measure: 'relocation' as Measure,
      destination: '',
      exceptionalReason: '',
      staffAssociation: '',
      staffAssociationConsultedOn: '',
    },
    (d) =>
      api.post(`/api/crises/${crisisId}/movements`, {
        personId: entry?.personId,
        measure: d.measure,
        destination: d.destination || null,
        exceptionalReason: d.exceptionalReason || null,
        staffAssociation: d.staffAssociation || null,
        staffAssociationConsultedOn: d.staffAssociationConsultedOn || null,
      }),
    { invalidate: [['crisis', crisisId, 'evacuation']], onDone },
  );
  if (!entry) return null;
  const exceptional = d.measure === 'evacuation' && entry.eligibility === 'case_by_case';
  return (
    <form className="subcard" onSubmit={submit} noValidate aria-labelledby="decide-title">
      <h3 id="decide-title">{t('crisis.decideFor', { name: entry.name })}</h3>
      <div className="form-grid">
        <SelectField
          label={t('crisis.measure')}
          name="measure"
          value={d.measure}
          onChange={(v) => set('measure')(MEASURES.find((m) => m === v) ?? 'relocation')}
          options={MEASURES.map((m) => ({ value: m, label: t(`crisis.kind.${m}`) }))}
          errors={errors}
        />
        <TextField
          label={t('crisis.destination')}
          name="destination"
          value={d.destination}
          onChange={set('destination')}
          errors={errors}
        />
      </div>
      {exceptional && (
        <>
          <p className="muted small">
            {t(entry.locallyRecruited ? 'crisis.localHelp' : 'crisis.visitorHelp')}
          </p>
          <TextAreaField
            label={t('crisis.exceptionalReason')}
            name="exceptionalReason"
            value={d.exceptionalReason}
            onChange={set('exceptionalReason')}
            errors={errors}
            required
          />
          {entry.locallyRecruited && (
            <div className="form-grid">
              <TextField
                label={t('crisis.staffAssociation')}
                name="staffAssociation"
                value={d.staffAssociation}
                onChange={set('staffAssociation')}
                errors={errors}
                required
              />
              <TextField
                label={t('crisis.staffAssociationConsultedOn')}
                name="staffAssociationConsultedOn"
                type="date"
                value={d.staffAssociationConsultedOn}
                onChange={set('staffAssociationConsultedOn')}
                errors={errors}
                required
              />
            </div>
          )}
        </>
      )}
      <FormError error={decide.error} />
      <div className="button-row">
        <SubmitButton busy={decide.isPending} label={t('crisis.decide')} />
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
