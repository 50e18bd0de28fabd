import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, withQuery } from '../../api.ts';
import {
  ErrorBox,
  formatDate,
  Loading,
  Pager,
  SelectField,
  TextField,
  useDebounced,
} from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { INCIDENT_STATUSES, categoryLabel, categoryOptions } from './categories.ts';
import { StatusBadge } from './StatusBadge.tsx';
import type { ApiBody } from '../../schema.ts';
import './incidents.css';

type IncidentPage = ApiBody<'/api/incidents'>;

const PAGE_SIZE = 25;
const FILTERS = ['category', 'status', 'from', 'to'] as const;

export function IncidentsPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const debouncedQ = useDebounced(q.trim(), 350);
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const get = (k: string) => params.get(k) ?? '';

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if (debouncedQ !== (params.get('q') ?? '')) update({ q: debouncedQ });
  }, [debouncedQ]);

  const query = {
    countryId: countryId ?? undefined,
    q: get('q'),
    ...Object.fromEntries(FILTERS.map((f) => [f, get(f)])),
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: ['incidents', 'list', query],
    queryFn: ({ signal }) => api.get<IncidentPage>(withQuery('/api/incidents', query), signal),
    placeholderData: keepPreviousData,
  });
  const data = list.data;
  const exportQuery = { countryId: countryId ?? undefined, category: get('category') };
  const filtered = Boolean(get('q') || FILTERS.some((f) => get(f)));

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('incidents.list.title')}</h1>
        <div className="button-row">
          <Link to="/incidents/new" className="btn btn-primary" data-testid="incident-report-link">
            {t('incidents.report.button')}
          </Link>
          <Link to="/incidents/statistics" className="btn">
            {t('incidents.stats.title')}
          </Link>
          <Link to="/incidents/annual-review" className="btn">
            {t('incidents.annual.title')}
          </Link>
          <Link to="/road-safety" className="btn">
            {t('incidents.road.title')}
          </Link>
        </div>
      </div>

      <section className="card filters" aria-label={t('incidents.list.filters')}>
        <div className="search-field">
          <label htmlFor="incident-search">{t('incidents.list.search')}</label>
          <input
            id="incident-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="filter-grid">
          <SelectField
            label={t('incidents.category')}
            name="category"
            value={get('category')}
            onChange={(v) => update({ category: v })}
            options={categoryOptions(locale, {
              safety: t('incidents.nature.safety'),
              security: t('incidents.nature.security'),
            })}
            empty={t('common.any')}
          />
          <SelectField
            label={t('common.status')}
            name="status"
            value={get('status')}
            onChange={(v) => update({ status: v })}
            options={INCIDENT_STATUSES.map((s) => ({
              value: s,
              label: t(`incidents.status.${s}`),
            }))}
            empty={t('common.any')}
          />
          <TextField
            label={t('incidents.list.from')}
            name="from"
            type="date"
            value={get('from')}
            onChange={(v) => update({ from: v })}
          />
          <TextField
            label={t('incidents.list.to')}
            name="to"
            type="date"
            value={get('to')}
            onChange={(v) => update({ to: v })}
          />
        </div>
        <p className="small">
          {t('incidents.list.export')}{' '}
          <a href={withQuery('/api/incidents/export.csv', exportQuery)} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={withQuery('/api/incidents/export.geojson', exportQuery)} download>
            GeoJSON
          </a>
        </p>
      </section>

      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <div className="card empty" data-testid="incidents-empty">
          <p>{filtered ? t('incidents.list.emptyFiltered') : t('incidents.list.empty')}</p>
        </div>
      ) : data ? (
        <section className="card" aria-busy={list.isFetching}>
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="incidents-table">
              <thead>
                <tr>
                  <th scope="col">{t('incidents.occurredAt')}</th>
                  <th scope="col">{t('incidents.title')}</th>
                  <th scope="col">{t('incidents.category')}</th>
                  <th scope="col" className="num">
                    {t('incidents.personnelAffected')}
                  </th>
                  <th scope="col" className="num">
                    {t('incidents.fatalities')}
                  </th>
                  <th scope="col" className="num">
                    {t('incidents.injuries')}
                  </th>
                  <th scope="col">{t('common.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((i) => (
                  <tr key={i.id}>
                    <td data-label={t('incidents.occurredAt')}>
                      {formatDate(i.occurredAt, locale)}
                    </td>
                    <td data-label={t('incidents.title')}>
                      <Link to={`/incidents/${i.id}`}>{i.title}</Link>
                    </td>
                    <td data-label={t('incidents.category')}>
                      {categoryLabel(i.category, locale)}
                    </td>
                    <td data-label={t('incidents.personnelAffected')} className="num">
                      {i.personnelAffected}
                    </td>
                    <td data-label={t('incidents.fatalities')} className="num">
                      {i.fatalities}
                    </td>
                    <td data-label={t('incidents.injuries')} className="num">
                      {i.injuries}
                    </td>
                    <td data-label={t('common.status')}>
                      <StatusBadge status={i.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPage={(p) => update({ page: String(p) })}
          />
        </section>
      ) : null}
    </div>
  );
}
