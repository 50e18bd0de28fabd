import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { CountryPage } from '../../components/CountryPage.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import {
  Badge,
  FormActions,
  formatDate,
  FormCard,
  orNull,
  Pager,
  SelectField,
  TextAreaField,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { PreparednessTabs } from './PreparednessTabs.tsx';
import type { DrillKind } from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type Drill = Schemas['Drill'];
type DrillList = Schemas['DrillPage'];
type DrillsDueReport = Schemas['DrillsDueReport'];
type Roster = Schemas['RadioRoster'];

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
  return (
    <CountryPage
      title={t('prep.drills.title')}
      action={
        list.data?.abilities.canCreate && (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('prep.drills.schedule')}
          </button>
        )
      }
      tabs={<PreparednessTabs />}
    >
      {(countryId) => (
        <>
          <OverdueReport countryId={countryId} />
          {adding && <DrillForm countryId={countryId} onClose={() => setAdding(false)} />}
          <QueryView query={list}>
            {(data) =>
              data.items.length === 0 ? (
                <p className="card empty">{t('prep.drills.empty')}</p>
              ) : (
                <>
                  {data.items.map((d) => (
                    <DrillCard key={d.id} drill={d} />
                  ))}
                  <Pager page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
                </>
              )
            }
          </QueryView>
        </>
      )}
    </CountryPage>
  );
}

function OverdueReport({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const q = useQuery({
    queryKey: ['drills-overdue', countryId],
    queryFn: () => api.get<DrillsDueReport>(withQuery('/api/drills/overdue', { countryId })),
  });
  return (
    <QueryView query={q} retry={false}>
      {(r) => (
        <section className="card" data-testid="drills-overdue">
          <h2>{t('prep.drills.overdue')}</h2>
          <p className="help">{t('prep.drills.rule', { level: r.highRiskFromLevel })}</p>
          {r.items.length === 0 ? (
            <p className="alert alert-success" role="status">
              {t('prep.drills.noneOverdue')}
            </p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
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
      )}
    </QueryView>
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
  const offset = () => {
    const m = -new Date().getTimezoneOffset();
    const sign = m >= 0 ? '+' : '-';
    const a = Math.abs(m);
    return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  };
  const { draft, set, save, errors, submit } = useDraftForm(
    { date: day, start: '09:00', end: '09:15', findings: '', followUpActions: '' },
    (d) =>
      api.post<Drill>(`/api/drills/${drill.id}/record`, {
        startedAt: `${d.date}T${d.start}:00${offset()}`,
        endedAt: `${d.date}T${d.end}:00${offset()}`,
        participantIds: participants,
        findings: d.findings,
        followUpActions: orNull(d.followUpActions),
      }),
    { invalidate: [['drills'], ['drills-overdue']], onDone: onClose },
  );
  const participantError = Object.entries(errors).find(([k]) =>
    k.startsWith('participantIds'),
  )?.[1];
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <TextField
        label={t('prep.drills.date')}
        name="startedAt"
        type="date"
        value={draft.date}
        onChange={set('date')}
        errors={errors}
        required
      />
      <TextField
        label={t('prep.drills.start')}
        name="start"
        value={draft.start}
        onChange={set('start')}
        required
      />
      <TextField
        label={t('prep.drills.end')}
        name="endedAt"
        value={draft.end}
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
        value={draft.findings}
        onChange={set('findings')}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('prep.drills.followUp')}
        name="followUpActions"
        value={draft.followUpActions}
        onChange={set('followUpActions')}
        errors={errors}
      />
      <FormActions save={save} onCancel={onClose} />
    </form>
  );
}

function DrillForm({ countryId, onClose }: { countryId: string; onClose: () => void }) {
  const { t } = useI18n();
  const structure = useStructure(countryId);
  const { draft, set, save, errors, submit } = useDraftForm(
    { kind: 'evacuation', dutyStationId: '', scheduledOn: today(), scenario: '' },
    (d) =>
      api.post<Drill>('/api/drills', {
        countryId,
        kind: d.kind,
        dutyStationId: d.dutyStationId || null,
        scheduledOn: d.scheduledOn,
        scenario: orNull(d.scenario),
      }),
    { invalidate: [['drills'], ['drills-overdue']], onDone: onClose },
  );
  return (
    <FormCard title={t('prep.drills.schedule')} submit={submit}>
      <SelectField
        label={t('prep.drills.kind')}
        name="kind"
        value={draft.kind}
        onChange={set('kind')}
        options={DRILL_KINDS.map((k) => ({ value: k, label: t(`prep.drill.${k}`) }))}
        errors={errors}
        required
      />
      <SelectField
        label={t('prep.drills.place')}
        name="dutyStationId"
        value={draft.dutyStationId}
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
        value={draft.scheduledOn}
        onChange={set('scheduledOn')}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('prep.drills.scenario')}
        name="scenario"
        value={draft.scenario}
        onChange={set('scenario')}
        errors={errors}
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}
