import { formatDateTime } from '@fieldsafe/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors } from '../../api.ts';
import {
  Badge,
  CheckboxField,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';

type EvacuationList = ApiBody<'/api/crises/{id}/evacuation'>;
type LogEntry = Schemas['CrisisLogEntry'];
type Movement = NonNullable<Schemas['EvacuationEntry']['movement']>;

const KINDS = ['alternate_work', 'relocation', 'evacuation', 'note'] as const;
const MEASURES = ['relocation', 'evacuation', 'alternate_work'] as const;
type Measure = (typeof MEASURES)[number];
const MOVEMENT_TONE = { decided: 'info', moved: 'warning', arrived: 'ok' } as const;

/**
 * The crisis log: decisions with who took them [002 Annex B ¶13, 003 ¶181] — the
 * Secretary-General on the USG's recommendation for an evacuation, the DO for relocation and
 * alternate work, or the DO in exigent circumstances with the immediate report to the USG.
 */
export function CrisisLog({
  id,
  canManage,
  canAccount,
}: {
  id: string;
  canManage: boolean;
  canAccount: boolean;
}) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const log = useQuery({
    queryKey: ['crisis', id, 'log'],
    queryFn: () => api.get<LogEntry[]>(`/api/crises/${id}/log`),
  });
  const blank = {
    kind: canManage ? 'relocation' : 'note',
    text: '',
    authority: 'DO',
    recommendedBy: '',
    exigent: false,
  };
  const [d, setD] = useState(blank);
  const isEvacuation = d.kind === 'evacuation';
  const authority = isEvacuation ? d.authority : 'DO';
  const add = useMutation({
    mutationFn: () =>
      api.post<LogEntry>(
        `/api/crises/${id}/log`,
        d.kind === 'note'
          ? { kind: 'note', text: d.text }
          : {
              kind: d.kind,
              text: d.text,
              authority: isEvacuation && !d.exigent ? 'SECRETARY_GENERAL' : 'DO',
              recommendedBy: isEvacuation && !d.exigent ? d.recommendedBy || null : null,
              exigent: d.exigent,
            },
      ),
    onSuccess: async () => {
      setD(blank);
      await qc.invalidateQueries({ queryKey: ['crisis', id, 'log'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const errors = fieldErrors(add.error);
  const kinds = canManage ? KINDS : (['note'] as const);
  return (
    <section className="card" aria-labelledby="crisis-log">
      <h2 id="crisis-log">{t('crisis.log')}</h2>
      <ol data-testid="crisis-log">
        {(log.data ?? []).map((e) => (
          <li key={e.id}>
            <strong>{formatDateTime(e.at, locale)}</strong> —{' '}
            {t(`crisis.kind.${e.kind}` as 'crisis.kind.note')}: {e.text}
            {e.decidedBy ? <span className="muted"> ({e.decidedBy})</span> : null}{' '}
            {e.authority === 'SECRETARY_GENERAL' && (
              <Badge tone="info">
                {t('crisis.bySg', { recommendedBy: e.recommendedBy ?? '—' })}
              </Badge>
            )}
            {e.exigent && <Badge tone="warning">{t('crisis.exigent')}</Badge>}{' '}
            {e.usgReportPending ? (
              <UsgReport crisisId={id} entryId={e.id} canManage={canManage} />
            ) : e.reportedToUsgAt ? (
              <span className="muted small">
                {t('crisis.usgReported', {
                  at: formatDateTime(e.reportedToUsgAt, locale),
                  reference: e.usgReportReference ?? '—',
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {(canManage || canAccount) && (
        <form className="subcard" onSubmit={submit} noValidate>
          <div className="form-grid">
            <SelectField
              label={t('crisis.decision')}
              name="kind"
              value={d.kind}
              onChange={(v) => setD((x) => ({ ...x, kind: v }))}
              options={kinds.map((k) => ({ value: k, label: t(`crisis.kind.${k}`) }))}
              errors={errors}
            />
            {d.kind !== 'note' && (
              <CheckboxField
                label={t('crisis.exigentLabel')}
                name="exigent"
                checked={d.exigent}
                onChange={(v) => setD((x) => ({ ...x, exigent: v }))}
                errors={errors}
              />
            )}
            {isEvacuation && !d.exigent && (
              <TextField
                label={t('crisis.recommendedBy')}
                name="recommendedBy"
                value={d.recommendedBy}
                onChange={(v) => setD((x) => ({ ...x, recommendedBy: v }))}
                help={t('crisis.recommendedByHelp')}
                errors={errors}
                required
              />
            )}
          </div>
          {d.kind !== 'note' && (
            <p className="muted small">
              {authority === 'DO' || d.exigent
                ? t(d.exigent ? 'crisis.exigentHelp' : 'crisis.doDecides')
                : t('crisis.sgDecides')}
            </p>
          )}
          <TextAreaField
            label={t('crisis.decisionText')}
            name="text"
            value={d.text}
            onChange={(v) => setD((x) => ({ ...x, text: v }))}
            errors={errors}
            required
          />
          <FormError error={add.error} />
          <SubmitButton busy={add.isPending} label={t('crisis.record')} />
        </form>
      )}
    </section>
  );
}

function UsgReport({
  crisisId,
  entryId,
  canManage,
}: {
  crisisId: string;
  entryId: string;
  canManage: boolean;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [reference, setReference] = useState('');
  const report = useMutation({
    mutationFn: () =>
      api.post<LogEntry>(`/api/crises/${crisisId}/log/${entryId}/usg-report`, { reference }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['crisis', crisisId, 'log'] }),
  });
  return (
    <span>
      <Badge tone="error">{t('crisis.usgPending')}</Badge>
      {canManage && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            report.mutate();
          }}
          noValidate
        >
          <TextField
            label={t('crisis.usgReference')}
            name="reference"
            value={reference}
            onChange={setReference}
            errors={fieldErrors(report.error)}
            required
          />
          <SubmitButton busy={report.isPending} label={t('crisis.usgReport')} />
        </form>
      )}
    </span>
  );
}

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
  const qc = useQueryClient();
  const [d, setD] = useState({
    measure: 'relocation' as Measure,
    destination: '',
    exceptionalReason: '',
    staffAssociation: '',
    staffAssociationConsultedOn: '',
  });
  const set = (k: keyof typeof d) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  const decide = useMutation({
    mutationFn: () =>
      api.post(`/api/crises/${crisisId}/movements`, {
        personId: entry?.personId,
        measure: d.measure,
        destination: d.destination || null,
        exceptionalReason: d.exceptionalReason || null,
        staffAssociation: d.staffAssociation || null,
        staffAssociationConsultedOn: d.staffAssociationConsultedOn || null,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['crisis', crisisId, 'evacuation'] });
      onDone();
    },
  });
  if (!entry) return null;
  const exceptional = d.measure === 'evacuation' && entry.eligibility === 'case_by_case';
  const errors = fieldErrors(decide.error);
  return (
    <form
      className="subcard"
      onSubmit={(e) => {
        e.preventDefault();
        decide.mutate();
      }}
      noValidate
      aria-labelledby="decide-title"
    >
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
