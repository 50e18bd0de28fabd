import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, withQuery } from '../../api.ts';
import { QueryView } from '../../components/QueryView.tsx';
import {
  Badge,
  CheckboxField,
  FormActions,
  formatDate,
  FormCard,
  orNull,
  Pager,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations } from '../../queries.ts';
import { GovernanceTabs } from './GovernanceTabs.tsx';
import {
  RECOMMENDATION_BODIES as BODIES,
  RECOMMENDATION_STATUSES as REC_STATUSES,
  type RecommendationStatus as RecStatus,
} from '@fieldsafe/core';
import type { ApiBody, Schemas } from '../../schema.ts';
import { Percent } from '../../components/ui.tsx';
import { useCan } from '../../abilities.ts';

type Rate = Schemas['ImplementationRates']['byBody'][number];
type Rates = Schemas['ImplementationRates'];
type Recommendation = Schemas['Recommendation'];

const FILTERS = ['body', 'status', 'organizationId', 'overdue'] as const;

export function statusTone(s: RecStatus): 'ok' | 'info' | 'neutral' | 'warning' {
  if (s === 'implemented' || s === 'closed') return 'ok';
  if (s === 'in_progress') return 'info';
  if (s === 'not_accepted') return 'neutral';
  return 'warning';
}

/** The recommendations board: filters, overdue highlighted, implementation rates. */
export function RecommendationsPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const get = (k: string) => params.get(k) ?? '';
  const page = Math.max(1, Number(get('page') || '1') || 1);
  const update = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const orgs = useOrganizations();
  const query = { ...Object.fromEntries(FILTERS.map((f) => [f, get(f)])), page, pageSize: 50 };
  const list = useQuery({
    queryKey: ['recommendations', query],
    queryFn: ({ signal }) =>
      api.get<ApiBody<'/api/recommendations'>>(withQuery('/api/recommendations', query), signal),
    placeholderData: keepPreviousData,
  });
  const rates = useQuery({
    queryKey: ['recommendation-rates'],
    queryFn: () => api.get<Rates>('/api/recommendations/implementation-rate'),
  });
  const mayCreate = useCan().anywhere('recommendation.manage');

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('gov.recs.title')}</h1>
        {mayCreate && (
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('gov.recs.add')}
          </button>
        )}
      </div>
      <GovernanceTabs />
      {creating && <RecommendationForm onClose={() => setCreating(false)} />}
      <section className="card filters" aria-label={t('gov.recs.filters')}>
        <div className="filter-grid">
          <SelectField
            label={t('gov.recs.body')}
            name="body"
            value={get('body')}
            onChange={(v) => update('body', v)}
            options={BODIES.map((b) => ({ value: b, label: t(`gov.body.${b}`) }))}
            empty={t('common.any')}
          />
          <SelectField
            label={t('common.status')}
            name="status"
            value={get('status')}
            onChange={(v) => update('status', v)}
            options={REC_STATUSES.map((s) => ({ value: s, label: t(`gov.status.${s}`) }))}
            empty={t('common.any')}
          />
          <SelectField
            label={t('gov.recs.addressee')}
            name="organizationId"
            value={get('organizationId')}
            onChange={(v) => update('organizationId', v)}
            options={[...(orgs.data?.items ?? [])]
              .sort((a, b) => a.code.localeCompare(b.code))
              .map((o) => ({ value: o.id, label: o.code }))}
            empty={t('common.any')}
          />
          <SelectField
            label={t('gov.recs.overdue')}
            name="overdue"
            value={get('overdue')}
            onChange={(v) => update('overdue', v)}
            options={[
              { value: 'true', label: t('gov.recs.overdueOnly') },
              { value: 'false', label: t('gov.recs.notOverdue') },
            ]}
            empty={t('common.any')}
          />
        </div>
      </section>
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="card empty">{t('gov.recs.empty')}</p>
          ) : (
            <section className="card" aria-busy={list.isFetching}>
              <div className="table-wrap" tabIndex={0}>
                <table className="responsive" data-testid="recommendations">
                  <thead>
                    <tr>
                      <th scope="col">{t('gov.recs.reference')}</th>
                      <th scope="col">{t('gov.recs.text')}</th>
                      <th scope="col">{t('gov.recs.addressees')}</th>
                      <th scope="col">{t('gov.recs.owner')}</th>
                      <th scope="col">{t('gov.recs.deadline')}</th>
                      <th scope="col">{t('common.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((r) => (
                      <tr key={r.id} className={r.overdue ? 'row-error' : undefined}>
                        <td data-label={t('gov.recs.reference')}>
                          <Link to={`/governance/recommendations/${r.id}`}>{r.reference}</Link>
                          <div className="small muted">{t(`gov.body.${r.body}`)}</div>
                        </td>
                        <td data-label={t('gov.recs.text')}>
                          {r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text}
                        </td>
                        <td data-label={t('gov.recs.addressees')}>
                          {r.addressees.map((a) => a.code).join(', ')}
                        </td>
                        <td data-label={t('gov.recs.owner')}>{r.owner}</td>
                        <td data-label={t('gov.recs.deadline')}>
                          {r.deadline ? formatDate(r.deadline, locale) : t('common.none')}
                          {r.overdue && (
                            <>
                              {' '}
                              <Badge tone="error">{t('gov.recs.overdueBadge')}</Badge>
                            </>
                          )}
                        </td>
                        <td data-label={t('common.status')}>
                          <Badge tone={statusTone(r.status)}>{t(`gov.status.${r.status}`)}</Badge>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                page={page}
                pageSize={data.pageSize}
                total={data.total}
                onPage={(p) => update('page', String(p))}
              />
            </section>
          )
        }
      </QueryView>
      {rates.data && (
        <div className="grid-2">
          <RateTable title={t('gov.rate.byBody')} rows={rates.data.byBody} body />
          <RateTable title={t('gov.rate.byOrganization')} rows={rates.data.byOrganization} />
        </div>
      )}
    </div>
  );
}

function RateTable({ title, rows, body }: { title: string; rows: Rate[]; body?: boolean }) {
  const { t } = useI18n();
  return (
    <section className="card">
      <h2>{title}</h2>
      <p className="muted small">{t('gov.rate.help')}</p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{body ? t('gov.recs.body') : t('common.organization')}</th>
              <th scope="col" className="num">
                {t('gov.rate.total')}
              </th>
              <th scope="col" className="num">
                {t('gov.rate.implemented')}
              </th>
              <th scope="col" className="num">
                {t('gov.rate.overdue')}
              </th>
              <th scope="col" className="num">
                {t('gov.rate.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">
                  {body ? t(`gov.body.${r.key as (typeof BODIES)[number]}`) : r.key}
                </th>
                <td className="num">{r.total}</td>
                <td className="num">{r.implemented}</td>
                <td className="num">{r.overdue}</td>
                <td className="num">
                  <Percent value={r.ratePercent} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RecommendationForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const orgs = useOrganizations();
  const navigate = useNavigate();
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      body: 'JIU',
      reference: '',
      issuedOn: '',
      text: '',
      owner: '',
      deadline: '',
      addressees: [] as string[],
      aboutCountry: false,
    },
    (d) =>
      api.post<Recommendation>('/api/recommendations', {
        body: d.body,
        reference: d.reference,
        issuedOn: d.issuedOn,
        text: d.text,
        owner: d.owner,
        deadline: orNull(d.deadline),
        addresseeIds: d.addressees,
        countryId: d.body === 'COMPLIANCE_MISSION' || d.aboutCountry ? countryId : null,
      }),
    {
      invalidate: [['recommendations'], ['recommendation-rates']],
      onDone: (r) => void navigate(`/governance/recommendations/${r.id}`),
    },
  );
  return (
    <FormCard title={t('gov.recs.add')} submit={submit}>
      <SelectField
        label={t('gov.recs.body')}
        name="body"
        value={draft.body}
        onChange={set('body')}
        options={BODIES.map((b) => ({ value: b, label: t(`gov.body.${b}`) }))}
        errors={errors}
        required
      />
      <TextField
        label={t('gov.recs.reference')}
        name="reference"
        value={draft.reference}
        onChange={set('reference')}
        errors={errors}
        required
      />
      <TextField
        label={t('gov.recs.issuedOn')}
        name="issuedOn"
        type="date"
        value={draft.issuedOn}
        onChange={set('issuedOn')}
        errors={errors}
        required
      />
      <TextField
        label={t('gov.recs.deadline')}
        name="deadline"
        type="date"
        value={draft.deadline}
        onChange={set('deadline')}
        errors={errors}
      />
      <TextField
        label={t('gov.recs.owner')}
        name="owner"
        value={draft.owner}
        onChange={set('owner')}
        errors={errors}
        required
      />
      <CheckboxField
        label={t('gov.recs.aboutCountry')}
        name="countryId"
        checked={draft.aboutCountry || draft.body === 'COMPLIANCE_MISSION'}
        onChange={set('aboutCountry')}
        errors={errors}
      />
      <TextAreaField
        label={t('gov.recs.text')}
        name="text"
        value={draft.text}
        onChange={set('text')}
        rows={4}
        errors={errors}
        required
      />
      <fieldset className="field">
        <legend>{t('gov.recs.addressees')}</legend>
        <select
          multiple
          size={8}
          aria-label={t('gov.recs.addressees')}
          value={draft.addressees}
          onChange={(e) => set('addressees')([...e.target.selectedOptions].map((o) => o.value))}
        >
          {[...(orgs.data?.items ?? [])]
            .sort((a, b) => a.code.localeCompare(b.code))
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.code}
              </option>
            ))}
        </select>
        {errors.addresseeIds && <small className="field-error">{errors.addresseeIds}</small>}
      </fieldset>
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}
