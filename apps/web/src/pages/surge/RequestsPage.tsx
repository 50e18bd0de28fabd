import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SURGE_REASONS } from '@fieldsafe/core';
import { useCan } from '../../abilities.ts';
import { api, withQuery } from '../../api.ts';
import { QueryView } from '../../components/QueryView.tsx';
import {
  CheckboxField,
  FormActions,
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
import { CountryPicker } from '../dashboard/CountryPicker.tsx';
import { RequestCard } from './RequestCard.tsx';
import { reasonKey, STATUSES, statusKey } from './requestLabels.ts';
import { SurgeTabs } from './SurgeTabs.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';

type SurgeRequest = Schemas['SurgeRequest'];

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
