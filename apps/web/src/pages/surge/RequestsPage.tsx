import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { QueryView } from '../../components/QueryView.tsx';
import {
  Badge,
  CheckboxField,
  FormActions,
  formatDate,
  FormCard,
  FormError,
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
import type { MessageKey } from '../../i18n/en.ts';
import { useStructure } from '../../queries.ts';
import { CountryPicker } from '../dashboard/CountryPicker.tsx';
import { formatDollars } from '../governance/GovernanceTabs.tsx';
import { SurgeTabs } from './SurgeTabs.tsx';
import { SURGE_REASONS } from '@fieldsafe/core';
import type { ApiBody, Schemas } from '../../schema.ts';
import { formatDateTime } from '@fieldsafe/core';
import { useCan } from '../../abilities.ts';

type Deployment = Schemas['SurgeDeployment'];
type RequestStatus = Schemas['SurgeRequest']['status'];
type SurgeRequest = Schemas['SurgeRequest'];

const STATUSES: RequestStatus[] = [
  'open',
  'partly_staffed',
  'fully_staffed',
  'closed',
  'cancelled',
];

const STATUS_TONE: Record<RequestStatus, 'ok' | 'warning' | 'info' | 'neutral' | 'error'> = {
  open: 'warning',
  partly_staffed: 'info',
  fully_staffed: 'ok',
  closed: 'neutral',
  cancelled: 'neutral',
};

const reasonKey = (r: string) => `surge.reason.${r}` as MessageKey;
const statusKey = (s: string) => `surge.status.${s}` as MessageKey;

/** Surge requests in scope with their deployments; the DO/CSA asks, headquarters deploys. */
export function RequestsPage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const [onlyCountry, setOnlyCountry] = useState(false);
  const [adding, setAdding] = useState(false);
  const query = {
    page,
    pageSize: 20,
    status: status || undefined,
    reason: reason || undefined,
    countryId: onlyCountry && countryId ? countryId : undefined,
  };
  const list = useQuery({
    queryKey: ['surge-requests', query],
    queryFn: () => api.get<ApiBody<'/api/surge/requests'>>(withQuery('/api/surge/requests', query)),
    placeholderData: keepPreviousData,
  });
  const can = useCan();
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('surge.title')}</h1>
        {countryId && (can.whole('surge.request') || can.whole('surge.manage')) && (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="surge-request-add"
            onClick={() => setAdding(true)}
          >
            {t('surge.requests.add')}
          </button>
        )}
      </div>
      <SurgeTabs />
      <p className="muted">{t('surge.help')}</p>
      <div className="form-grid">
        <CountryPicker label={t('common.country')} />
        <CheckboxField
          label={t('surge.requests.onlyCountry')}
          name="onlyCountry"
          checked={onlyCountry}
          onChange={(v) => {
            setOnlyCountry(v);
            setPage(1);
          }}
        />
        <SelectField
          label={t('common.status')}
          name="status"
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
          empty={t('common.any')}
        />
        <SelectField
          label={t('surge.reason')}
          name="reason"
          value={reason}
          onChange={(v) => {
            setReason(v);
            setPage(1);
          }}
          options={SURGE_REASONS.map((r) => ({ value: r, label: t(reasonKey(r)) }))}
          empty={t('common.any')}
        />
      </div>
      {adding && countryId && (
        <RequestForm countryId={countryId} onClose={() => setAdding(false)} />
      )}
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="card empty" data-testid="surge-requests-empty">
              {t('surge.requests.empty')}
            </p>
          ) : (
            <>
              {data.items.map((r) => (
                <RequestCard key={r.id} request={r} />
              ))}
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPage={setPage}
              />
            </>
          )
        }
      </QueryView>
    </div>
  );
}

function RequestCard({ request: r }: { request: SurgeRequest }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [deploying, setDeploying] = useState(false);
  const change = useMutation({
    mutationFn: (status: 'closed' | 'cancelled') =>
      api.patch<SurgeRequest>(`/api/surge/requests/${r.id}`, { status }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['surge-requests'] }),
  });
  const finished = r.status === 'closed' || r.status === 'cancelled';
  return (
    <section className="card" data-testid="surge-request">
      <div className="card-head">
        <h2>
          {r.countryName}
          {r.areaName ? ` — ${r.areaName}` : ''}: {t(reasonKey(r.reason))}
        </h2>
        <Badge tone={STATUS_TONE[r.status]}>{t(statusKey(r.status))}</Badge>
      </div>
      <p>
        {t('surge.requests.summary', {
          by: r.requestedBy,
          at: formatDateTime(r.requestedAt, locale),
          n: r.officersNeeded,
          from: formatDate(r.neededFrom, locale),
          days: r.expectedDays,
        })}
      </p>
      {r.notes && <p style={{ whiteSpace: 'pre-line' }}>{r.notes}</p>}
      {r.deployments.length === 0 ? (
        <p className="empty">{t('surge.deployments.empty')}</p>
      ) : (
        <DeploymentTable deployments={r.deployments} />
      )}
      <div className="button-row">
        {r.abilities.canDeploy && !finished && (
          <button type="button" className="btn btn-small" onClick={() => setDeploying(true)}>
            {t('surge.deployments.add')}
          </button>
        )}
        {r.abilities.canDeploy && !finished && (
          <button
            type="button"
            className="btn btn-small"
            disabled={change.isPending}
            onClick={() => change.mutate('closed')}
          >
            {t('surge.requests.close')}
          </button>
        )}
        {r.abilities.canEdit && !finished && (
          <button
            type="button"
            className="btn btn-small"
            disabled={change.isPending}
            onClick={() => change.mutate('cancelled')}
          >
            {t('surge.requests.cancel')}
          </button>
        )}
      </div>
      <FormError error={change.error} />
      {deploying && <DeploymentForm request={r} onClose={() => setDeploying(false)} />}
    </section>
  );
}

function DeploymentTable({ deployments }: { deployments: Deployment[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid="surge-deployments">
        <thead>
          <tr>
            <th scope="col">{t('surge.officer')}</th>
            <th scope="col">{t('surge.deployments.arrival')}</th>
            <th scope="col">{t('surge.deployments.end')}</th>
            <th scope="col">{t('surge.deployments.days')}</th>
            <th scope="col">{t('surge.deployments.launch')}</th>
            <th scope="col">{t('surge.deployments.visaDelay')}</th>
            <th scope="col">{t('surge.deployments.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {deployments.map((d) => (
            <tr key={d.id}>
              <td>
                {d.officerName} <small className="muted">{d.organizationCode}</small>
              </td>
              <td>{formatDateTime(d.startAt, locale)}</td>
              <td>{d.endOn ? formatDate(d.endOn, locale) : t('surge.deployments.ongoing')}</td>
              <td>{d.days}</td>
              <td>
                <Badge tone={d.launchedWithin24h ? 'ok' : 'warning'}>
                  {t('surge.deployments.hours', { h: d.launchHours })}
                </Badge>
              </td>
              <td>
                {d.visaDelayDays === null
                  ? d.visaNeeded
                    ? t('surge.deployments.visaPending')
                    : t('common.none')
                  : t('surge.daysCount', { n: d.visaDelayDays })}
              </td>
              <td>{formatDollars(d.costUsd, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RequestForm({ countryId, onClose }: { countryId: string; onClose: () => void }) {
  const { t } = useI18n();
  const structure = useStructure(countryId);
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      areaId: '',
      reason: 'security_emergency',
      requestedBy: '',
      officersNeeded: '1',
      neededFrom: today(),
      expectedDays: '30',
      notes: '',
    },
    (d) =>
      api.post<SurgeRequest>('/api/surge/requests', {
        countryId,
        areaId: orNull(d.areaId),
        reason: d.reason,
        requestedBy: d.requestedBy,
        officersNeeded: Number(d.officersNeeded),
        neededFrom: d.neededFrom,
        expectedDays: Number(d.expectedDays),
        notes: orNull(d.notes),
      }),
    { invalidate: [['surge-requests']], onDone: onClose },
  );
  return (
    <FormCard title={t('surge.requests.add')} submit={submit} testId="surge-request-form">
      <SelectField
        label={t('surge.reason')}
        name="reason"
        value={draft.reason}
        onChange={set('reason')}
        options={SURGE_REASONS.map((r) => ({ value: r, label: t(reasonKey(r)) }))}
        errors={errors}
        required
      />
      <SelectField
        label={t('common.area')}
        name="areaId"
        value={draft.areaId}
        onChange={set('areaId')}
        options={(structure.data?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
        empty={t('surge.requests.wholeCountry')}
        errors={errors}
      />
      <TextField
        label={t('surge.requests.requestedBy')}
        name="requestedBy"
        value={draft.requestedBy}
        onChange={set('requestedBy')}
        errors={errors}
        required
      />
      <TextField
        label={t('surge.requests.officersNeeded')}
        name="officersNeeded"
        type="number"
        value={draft.officersNeeded}
        onChange={set('officersNeeded')}
        errors={errors}
        required
      />
      <TextField
        label={t('surge.requests.neededFrom')}
        name="neededFrom"
        type="date"
        value={draft.neededFrom}
        onChange={set('neededFrom')}
        errors={errors}
        required
      />
      <TextField
        label={t('surge.requests.expectedDays')}
        name="expectedDays"
        type="number"
        value={draft.expectedDays}
        onChange={set('expectedDays')}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('surge.notes')}
        name="notes"
        value={draft.notes}
        onChange={set('notes')}
        rows={3}
        errors={errors}
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}

/** `datetime-local` value (local time) to an ISO date-time with offset. */
function localToIso(v: string): string {
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function DeploymentForm({ request, onClose }: { request: SurgeRequest; onClose: () => void }) {
  const { t } = useI18n();
  const roster = useQuery({
    queryKey: ['surge-roster', 'picker'],
    queryFn: () => api.get<ApiBody<'/api/surge/roster'>>('/api/surge/roster?pageSize=200'),
  });
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      rosterId: '',
      startAt: '',
      endOn: '',
      costUsd: '0',
      visaNeeded: false,
      visaRequestedOn: '',
      visaObtainedOn: '',
      notes: '',
    },
    (d) =>
      api.post<Deployment>(`/api/surge/requests/${request.id}/deployments`, {
        rosterId: d.rosterId,
        startAt: localToIso(d.startAt),
        endOn: orNull(d.endOn),
        costUsd: Number(d.costUsd),
        visaNeeded: d.visaNeeded,
        visaRequestedOn: d.visaNeeded ? orNull(d.visaRequestedOn) : null,
        visaObtainedOn: d.visaNeeded ? orNull(d.visaObtainedOn) : null,
        notes: orNull(d.notes),
      }),
    { invalidate: [['surge-requests'], ['surge-roster']], onDone: onClose },
  );
  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="surge-deployment-form">
      <SelectField
        label={t('surge.officer')}
        name="rosterId"
        value={draft.rosterId}
        onChange={set('rosterId')}
        options={(roster.data?.items ?? []).map((o) => ({
          value: o.id,
          label: `${o.name} (${o.organizationCode}, ${o.gradeRole}) — ${t(`surge.rosterStatus.${o.status}` as MessageKey)}`,
        }))}
        empty={roster.isPending ? t('common.loading') : t('common.choose')}
        errors={errors}
        required
      />
      <div className={`field${errors.startAt ? ' field-invalid' : ''}`}>
        <label htmlFor={`start-${request.id}`}>
          {t('surge.deployments.arrival')}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id={`start-${request.id}`}
          name="startAt"
          type="datetime-local"
          value={draft.startAt}
          onChange={(e) => set('startAt')(e.target.value)}
          required
        />
        {errors.startAt && <small className="field-error">{errors.startAt}</small>}
      </div>
      <TextField
        label={t('surge.deployments.end')}
        name="endOn"
        type="date"
        value={draft.endOn}
        onChange={set('endOn')}
        errors={errors}
      />
      <TextField
        label={t('surge.deployments.costUsd')}
        name="costUsd"
        type="number"
        step="1"
        value={draft.costUsd}
        onChange={set('costUsd')}
        errors={errors}
      />
      <CheckboxField
        label={t('surge.deployments.visaNeeded')}
        name="visaNeeded"
        checked={draft.visaNeeded}
        onChange={set('visaNeeded')}
        errors={errors}
      />
      {draft.visaNeeded && (
        <>
          <TextField
            label={t('surge.deployments.visaRequestedOn')}
            name="visaRequestedOn"
            type="date"
            value={draft.visaRequestedOn}
            onChange={set('visaRequestedOn')}
            errors={errors}
          />
          <TextField
            label={t('surge.deployments.visaObtainedOn')}
            name="visaObtainedOn"
            type="date"
            value={draft.visaObtainedOn}
            onChange={set('visaObtainedOn')}
            errors={errors}
          />
        </>
      )}
      <FormActions save={save} label={t('surge.deployments.save')} onCancel={onClose} />
    </form>
  );
}
