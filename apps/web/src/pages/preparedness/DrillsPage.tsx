import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors, withQuery } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  formatDate,
  FormError,
  Loading,
  orNull,
  Pager,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { CountryPicker } from '../dashboard/CountryPicker.tsx';
import { PreparednessTabs } from './PreparednessTabs.tsx';
import type { Drill, DrillKind, DrillList, DrillsDueReport, Roster } from './types.ts';

const DRILL_KINDS: DrillKind[] = ['evacuation', 'quick', 'relocation', 'other'];

/** Overdue drills of the current country, scheduling drills and recording how they went. */
export function DrillsPage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: ['drills', countryId, page],
    queryFn: () =>
      api.get<DrillList>(withQuery('/api/drills', { countryId: countryId ?? '', page })),
    enabled: Boolean(countryId),
  });
  const data = list.data;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('prep.drills.title')}</h1>
        {data?.abilities.canCreate && (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('prep.drills.schedule')}
          </button>
        )}
      </div>
      <PreparednessTabs />
      <CountryPicker label={t('gov.country')} />
      {!countryId ? (
        <p className="card empty">{t('gov.chooseCountry')}</p>
      ) : (
        <>
          <OverdueReport countryId={countryId} />
          {adding && <DrillForm countryId={countryId} onClose={() => setAdding(false)} />}
          {list.isPending ? (
            <Loading />
          ) : list.error ? (
            <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
          ) : data && data.items.length === 0 ? (
            <p className="card empty">{t('prep.drills.empty')}</p>
          ) : data ? (
            <>
              {data.items.map((d) => (
                <DrillCard key={d.id} drill={d} />
              ))}
              <Pager page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}

function OverdueReport({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const q = useQuery({
    queryKey: ['drills-overdue', countryId],
    queryFn: () => api.get<DrillsDueReport>(withQuery('/api/drills/overdue', { countryId })),
  });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorBox error={q.error} />;
  const r = q.data;
  return (
    <section className="card" data-testid="drills-overdue">
      <h2>{t('prep.drills.overdue')}</h2>
      <p className="help">{t('prep.drills.rule', { level: r.highRiskFromLevel })}</p>
      {r.items.length === 0 ? (
        <p className="alert alert-success" role="status">
          {t('prep.drills.noneOverdue')}
        </p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('prep.drills.place')}</th>
                <th>{t('prep.drills.kind')}</th>
                <th>{t('prep.drills.risk')}</th>
                <th>{t('prep.drills.lastHeld')}</th>
                <th>{t('prep.drills.dueOn')}</th>
                <th>{t('prep.drills.daysOverdue')}</th>
              </tr>
            </thead>
            <tbody>
              {r.items.map((i) => (
                <tr key={`${i.dutyStationId}-${i.kind}`} data-testid="overdue-row">
                  <td>
                    {i.dutyStationName} ({i.areaName})
                  </td>
                  <td>{t(`prep.drill.${i.kind}`)}</td>
                  <td>
                    <Badge tone={i.riskBand === 'high' ? 'error' : 'info'}>
                      {t(`prep.band.${i.riskBand}`)}
                    </Badge>{' '}
                    {i.securityLevel ? t('prep.drills.level', { level: i.securityLevel }) : ''}
                  </td>
                  <td>
                    {i.lastHeldOn ? formatDate(i.lastHeldOn, locale) : t('prep.drills.never')}
                  </td>
                  <td>{i.dueOn ? formatDate(i.dueOn, locale) : t('common.none')}</td>
                  <td>
                    <Badge tone="error">
                      {i.daysOverdue === null ? t('prep.drills.never') : i.daysOverdue}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DrillCard({ drill: d }: { drill: Drill }) {
  const { t, locale } = useI18n();
  const [recording, setRecording] = useState(false);
  return (
    <section className="card" data-testid="drill">
      <div className="card-head">
        <h2>
          {t(`prep.drill.${d.kind}`)} · {d.dutyStationName ?? d.areaName ?? t('prep.wholeCountry')}
        </h2>
        {d.status === 'done' ? (
          <Badge tone="ok">{t('prep.drills.held', { date: formatDate(d.heldOn, locale) })}</Badge>
        ) : (
          <Badge tone="info">
            {t('prep.drills.scheduledFor', { date: formatDate(d.scheduledOn, locale) })}
          </Badge>
        )}
      </div>
      {d.scenario && <p>{d.scenario}</p>}
      {d.status === 'done' && (
        <dl className="details">
          <dt>{t('prep.drills.duration')}</dt>
          <dd>{d.durationMinutes ?? '—'} min</dd>
          <dt>{t('prep.drills.participants')}</dt>
          <dd>{d.participantCount}</dd>
          <dt>{t('prep.drills.findings')}</dt>
          <dd style={{ whiteSpace: 'pre-line' }}>{d.findings}</dd>
          <dt>{t('prep.drills.followUp')}</dt>
          <dd style={{ whiteSpace: 'pre-line' }}>{d.followUpActions ?? t('common.none')}</dd>
        </dl>
      )}
      {d.status === 'scheduled' && d.abilities.canEdit && !recording && (
        <button type="button" className="btn btn-small" onClick={() => setRecording(true)}>
          {t('prep.drills.record')}
        </button>
      )}
      {recording && <RecordForm drill={d} onClose={() => setRecording(false)} />}
    </section>
  );
}

function RecordForm({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const day = drill.scheduledOn <= today() ? drill.scheduledOn : today();
  const [participants, setParticipants] = useState<string[]>([]);
  const roster = useQuery({
    queryKey: ['radio-roster', drill.countryId, drill.areaId],
    queryFn: () =>
      api.get<Roster>(
        withQuery('/api/radio-checks/roster', {
          countryId: drill.countryId,
          areaId: drill.areaId ?? undefined,
        }),
      ),
  });
  const [d, setD] = useState({
    date: day,
    start: '09:00',
    end: '09:15',
    findings: '',
    followUpActions: '',
  });
  const offset = () => {
    const m = -new Date().getTimezoneOffset();
    const sign = m >= 0 ? '+' : '-';
    const a = Math.abs(m);
    return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  };
  const save = useMutation({
    mutationFn: () =>
      api.post<Drill>(`/api/drills/${drill.id}/record`, {
        startedAt: `${d.date}T${d.start}:00${offset()}`,
        endedAt: `${d.date}T${d.end}:00${offset()}`,
        participantIds: participants,
        findings: d.findings,
        followUpActions: orNull(d.followUpActions),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['drills'] });
      await qc.invalidateQueries({ queryKey: ['drills-overdue'] });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = fieldErrors(save.error);
  const participantError = Object.entries(errors).find(([k]) =>
    k.startsWith('participantIds'),
  )?.[1];
  const set = (k: keyof typeof d) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <TextField
        label={t('prep.drills.date')}
        name="startedAt"
        type="date"
        value={d.date}
        onChange={set('date')}
        errors={errors}
        required
      />
      <TextField
        label={t('prep.drills.start')}
        name="start"
        value={d.start}
        onChange={set('start')}
        required
      />
      <TextField
        label={t('prep.drills.end')}
        name="endedAt"
        value={d.end}
        onChange={set('end')}
        errors={errors}
        required
      />
      <fieldset className="field">
        <legend>{t('prep.drills.participants')}</legend>
        <select
          multiple
          size={8}
          aria-label={t('prep.drills.participants')}
          value={participants}
          onChange={(e) => setParticipants([...e.target.selectedOptions].map((o) => o.value))}
        >
          {(roster.data?.items ?? []).map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.name}
            </option>
          ))}
        </select>
        <p className="help">{t('prep.drills.participantHelp', { n: participants.length })}</p>
        {participantError && <small className="field-error">{participantError}</small>}
      </fieldset>
      <TextAreaField
        label={t('prep.drills.findings')}
        name="findings"
        value={d.findings}
        onChange={set('findings')}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('prep.drills.followUp')}
        name="followUpActions"
        value={d.followUpActions}
        onChange={set('followUpActions')}
        errors={errors}
      />
      <FormError error={save.error} />
      <div className="form-actions button-row">
        <SubmitButton busy={save.isPending} label={t('common.save')} />
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function DrillForm({ countryId, onClose }: { countryId: string; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const structure = useStructure(countryId);
  const [d, setD] = useState({
    kind: 'evacuation',
    dutyStationId: '',
    scheduledOn: today(),
    scenario: '',
  });
  const save = useMutation({
    mutationFn: () =>
      api.post<Drill>('/api/drills', {
        countryId,
        kind: d.kind,
        dutyStationId: d.dutyStationId || null,
        scheduledOn: d.scheduledOn,
        scenario: orNull(d.scenario),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['drills'] });
      await qc.invalidateQueries({ queryKey: ['drills-overdue'] });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = fieldErrors(save.error);
  const set = (k: keyof typeof d) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  return (
    <section className="card">
      <h2>{t('prep.drills.schedule')}</h2>
      <form className="form-grid" onSubmit={submit} noValidate>
        <SelectField
          label={t('prep.drills.kind')}
          name="kind"
          value={d.kind}
          onChange={set('kind')}
          options={DRILL_KINDS.map((k) => ({ value: k, label: t(`prep.drill.${k}`) }))}
          errors={errors}
          required
        />
        <SelectField
          label={t('prep.drills.place')}
          name="dutyStationId"
          value={d.dutyStationId}
          onChange={set('dutyStationId')}
          empty={t('prep.wholeCountry')}
          options={(structure.data?.dutyStations ?? []).map((s) => ({
            value: s.id,
            label: s.name,
          }))}
          errors={errors}
        />
        <TextField
          label={t('prep.drills.scheduledOn')}
          name="scheduledOn"
          type="date"
          value={d.scheduledOn}
          onChange={set('scheduledOn')}
          errors={errors}
          required
        />
        <TextAreaField
          label={t('prep.drills.scenario')}
          name="scenario"
          value={d.scenario}
          onChange={set('scenario')}
          errors={errors}
        />
        <FormError error={save.error} />
        <div className="form-actions button-row">
          <SubmitButton busy={save.isPending} label={t('common.save')} />
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
