import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, withQuery } from '../../api.ts';
import { useCurrentCountry } from '../../country.tsx';
import {
  Badge,
  ErrorBox,
  Loading,
  Pager,
  SelectField,
  useDebounced,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { personName, useOrganizations, useStructure } from '../../queries.ts';
import { PERSON_KINDS, STAFF_CATEGORIES } from '@fieldsafe/core';
import type { ApiBody } from '../../schema.ts';
import { useCan } from '../../abilities.ts';
import { PhoneIssues } from './PhoneIssues.tsx';

const PAGE_SIZE = 50;
const FILTERS = [
  'kind',
  'organizationId',
  'dutyStationId',
  'zoneId',
  'category',
  'essential',
] as const;

export function PeoplePage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const debouncedQ = useDebounced(q.trim(), 350);
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const get = (k: string) => params.get(k) ?? '';
  const activeFilters = FILTERS.filter((f) => get(f)).length;
  const [showFilters, setShowFilters] = useState(() => activeFilters > 0);

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

  const orgs = useOrganizations();
  const structure = useStructure(countryId);
  const query = {
    q: get('q'),
    countryId: countryId ?? undefined,
    ...Object.fromEntries(FILTERS.map((f) => [f, get(f)])),
    page,
    pageSize: PAGE_SIZE,
  };
  const people = useQuery({
    queryKey: ['people', query],
    queryFn: ({ signal }) =>
      api.get<ApiBody<'/api/people'>>(withQuery('/api/people', query), signal),
    placeholderData: keepPreviousData,
  });

  const stations = structure.data?.dutyStations ?? [];
  const zones = (structure.data?.wardenZones ?? []).filter(
    (z) => !get('dutyStationId') || z.dutyStationId === get('dutyStationId'),
  );
  const data = people.data;
  const can = useCan();

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('people.title')}</h1>
        {can.anywhere('personnel.write') && (
          <div className="button-row">
            <Link to="/people/new" className="btn btn-primary">
              {t('people.add')}
            </Link>
            <Link to="/people/import" className="btn">
              {t('people.import')}
            </Link>
          </div>
        )}
      </div>

      {can.anywhere('personnel.write') && <PhoneIssues />}

      <section className="card filters" aria-label={t('people.filters')}>
        <div className="search-field">
          <label htmlFor="people-search">{t('people.search')}</label>
          <input
            id="people-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            data-testid="people-search"
            autoComplete="off"
          />
        </div>
        <button
          type="button"
          className="btn btn-small filters-toggle"
          aria-expanded={showFilters}
          aria-controls="people-filters"
          onClick={() => setShowFilters((v) => !v)}
        >
          {t('people.filters')} {activeFilters > 0 ? `(${activeFilters})` : ''}
        </button>
        <div className={`filter-grid${showFilters ? '' : ' collapsed'}`} id="people-filters">
          <SelectField
            label={t('common.kind')}
            name="kind"
            value={get('kind')}
            onChange={(v) => update({ kind: v })}
            options={PERSON_KINDS.map((k) => ({ value: k, label: t(`people.kind.${k}`) }))}
            empty={t('common.any')}
          />
          <SelectField
            label={t('common.organization')}
            name="organizationId"
            value={get('organizationId')}
            onChange={(v) => update({ organizationId: v })}
            options={[...(orgs.data?.items ?? [])]
              .sort((a, b) => a.code.localeCompare(b.code))
              .map((o) => ({ value: o.id, label: o.code }))}
            empty={t('common.any')}
          />
          <SelectField
            label={t('common.dutyStation')}
            name="dutyStationId"
            value={get('dutyStationId')}
            onChange={(v) => update({ dutyStationId: v, zoneId: '' })}
            options={stations.map((s) => ({ value: s.id, label: s.name }))}
            empty={t('common.any')}
          />
          <SelectField
            label={t('common.zone')}
            name="zoneId"
            value={get('zoneId')}
            onChange={(v) => update({ zoneId: v })}
            options={zones.map((z) => ({ value: z.id, label: z.name }))}
            empty={t('common.any')}
          />
          <SelectField
            label={t('people.category')}
            name="category"
            value={get('category')}
            onChange={(v) => update({ category: v })}
            options={STAFF_CATEGORIES.map((c) => ({ value: c, label: t(`people.category.${c}`) }))}
            empty={t('common.any')}
          />
          <SelectField
            label={t('people.essential')}
            name="essential"
            value={get('essential')}
            onChange={(v) => update({ essential: v })}
            options={[
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ]}
            empty={t('common.any')}
          />
        </div>
      </section>

      {people.isPending ? (
        <Loading />
      ) : people.error ? (
        <ErrorBox error={people.error} onRetry={() => void people.refetch()} />
      ) : data && data.items.length === 0 ? (
        <p className="card empty">{t('people.empty')}</p>
      ) : data ? (
        <section className="card" aria-busy={people.isFetching}>
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="people-table">
              <thead>
                <tr>
                  <th scope="col">{t('people.name')}</th>
                  <th scope="col">{t('people.staffId')}</th>
                  <th scope="col">{t('common.kind')}</th>
                  <th scope="col">{t('common.organization')}</th>
                  <th scope="col">{t('common.dutyStation')}</th>
                  <th scope="col">{t('common.zone')}</th>
                  <th scope="col">{t('people.category')}</th>
                  <th scope="col">{t('common.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <td data-label={t('people.name')}>
                      <Link to={`/people/${p.id}`}>{personName(p)}</Link>
                      {p.essential && (
                        <>
                          {' '}
                          <Badge tone="info">{t('people.essentialShort')}</Badge>
                        </>
                      )}
                    </td>
                    <td data-label={t('people.staffId')}>{p.staffId ?? t('common.none')}</td>
                    <td data-label={t('common.kind')}>{t(`people.kind.${p.kind}`)}</td>
                    <td data-label={t('common.organization')}>{p.organizationCode}</td>
                    <td data-label={t('common.dutyStation')}>{p.dutyStationName}</td>
                    <td data-label={t('common.zone')}>{p.zoneName ?? t('common.none')}</td>
                    <td data-label={t('people.category')}>
                      {p.category === 'international' || p.category === 'local'
                        ? t(`people.category.${p.category}`)
                        : t('common.none')}
                    </td>
                    <td data-label={t('common.status')}>
                      {p.status === 'separated' ? (
                        <Badge tone="neutral">{t('people.status.separated')}</Badge>
                      ) : (
                        t('people.status.active')
                      )}
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
