import { lazy, Suspense, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, fieldErrors, withQuery } from '../../api.ts';
import {
  CheckboxField,
  ErrorBox,
  formatDate,
  Loading,
  SelectField,
  TextField,
} from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { countryName, useCountries } from '../../queries.ts';
import { categoryLabel } from './categories.ts';
import type { IncidentFeatureCollection } from './WorldMap.tsx';
import type { Schemas } from '../../schema.ts';
import './incidents.css';

type Statistics = Schemas['IncidentStatistics'];

// The world basemap (world-atlas, ~100 kB) loads only with this page.
const WorldMap = lazy(() => import('./WorldMap.tsx').then((m) => ({ default: m.WorldMap })));

type Measure = 'personnel' | 'incidents';

export function StatisticsPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const countries = useCountries();
  const thisYear = new Date().getFullYear();
  const [fromYear, setFromYear] = useState(String(thisYear - 6));
  const [toYear, setToYear] = useState(String(thisYear));
  const [measure, setMeasure] = useState<Measure>('personnel');
  const [allCountries, setAllCountries] = useState(false);
  const scope = allCountries ? undefined : (countryId ?? undefined);

  const query = { countryId: scope, fromYear, toYear, measure };
  const stats = useQuery({
    queryKey: ['incidents', 'statistics', query],
    queryFn: ({ signal }) =>
      api.get<Statistics>(withQuery('/api/incidents/statistics', query), signal),
    placeholderData: keepPreviousData,
  });
  const geo = useQuery({
    queryKey: ['incidents', 'geojson', scope ?? 'all'],
    queryFn: ({ signal }) =>
      api.get<IncidentFeatureCollection>(
        withQuery('/api/incidents/export.geojson', { countryId: scope }),
        signal,
      ),
  });
  const country = countries.data?.items.find((c) => c.id === scope);
  const from = Number(fromYear);
  const to = Number(toYear);
  const mapFeatures = (geo.data?.features ?? []).filter((f) => {
    const y = new Date(f.properties.occurred_at).getFullYear();
    return (!from || y >= from) && (!to || y <= to);
  });

  return (
    <div className="page">
      <p className="small">
        <Link to="/incidents">
          <span className="dir-icon" aria-hidden="true">
            ←
          </span>{' '}
          {t('incidents.list.title')}
        </Link>
      </p>
      <div className="page-head">
        <h1>{t('incidents.stats.title')}</h1>
      </div>
      <section className="card filters" aria-label={t('incidents.list.filters')}>
        <div className="filter-grid">
          <TextField
            label={t('incidents.stats.fromYear')}
            name="fromYear"
            type="number"
            value={fromYear}
            onChange={setFromYear}
            errors={fieldErrors(stats.error)}
          />
          <TextField
            label={t('incidents.stats.toYear')}
            name="toYear"
            type="number"
            value={toYear}
            onChange={setToYear}
            errors={fieldErrors(stats.error)}
          />
          <SelectField
            label={t('incidents.stats.measure')}
            name="measure"
            value={measure}
            onChange={(v) => setMeasure(v === 'incidents' ? 'incidents' : 'personnel')}
            options={[
              { value: 'personnel', label: t('incidents.stats.measure.personnel') },
              { value: 'incidents', label: t('incidents.stats.measure.incidents') },
            ]}
          />
          <CheckboxField
            label={t('incidents.stats.allCountries')}
            name="allCountries"
            checked={allCountries}
            onChange={setAllCountries}
          />
        </div>
        <p className="muted small">
          {scope
            ? t('incidents.stats.scopeCountry', { country: countryName(country, locale) })
            : t('incidents.stats.scopeAll')}
        </p>
      </section>

      {stats.isPending ? (
        <Loading />
      ) : stats.error ? (
        <ErrorBox error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <StatisticsTable stats={stats.data} busy={stats.isFetching} />
          <section className="card">
            <h2>{t('incidents.stats.trend')}</h2>
            <YearChart stats={stats.data} />
          </section>
        </>
      )}

      <section className="card">
        <h2>{t('incidents.stats.map')}</h2>
        {geo.isPending ? (
          <Loading />
        ) : geo.error ? (
          <ErrorBox error={geo.error} onRetry={() => void geo.refetch()} />
        ) : (
          <>
            <Suspense fallback={<Loading />}>
              <WorldMap
                features={mapFeatures}
                highlightNumeric={country?.numeric}
                label={t('incidents.stats.mapLabel', { count: mapFeatures.length })}
                describe={(f) =>
                  `${f.properties.title} — ${categoryLabel(f.properties.category, locale)}, ${formatDate(f.properties.occurred_at, locale)}`
                }
              />
            </Suspense>
            <p className="muted small">
              {t('incidents.stats.mapHelp', { count: mapFeatures.length })}
            </p>
          </>
        )}
      </section>
    </div>
  );
}

function StatisticsTable({ stats, busy }: { stats: Statistics; busy: boolean }) {
  const { t, locale } = useI18n();
  const label = (c: { code: string; en: string; fr: string }) =>
    (locale === 'fr' ? c.fr : locale === 'en' ? c.en : '') || categoryLabel(c.code, locale);
  return (
    <section className="card" aria-busy={busy}>
      <h2>
        {stats.measure === 'incidents'
          ? t('incidents.stats.tableIncidents')
          : t('incidents.stats.tablePersonnel')}
      </h2>
      <div className="table-wrap" tabIndex={0}>
        <table className="incident-stats" data-testid="statistics-table">
          <thead>
            <tr>
              <th scope="col">{t('incidents.category')}</th>
              {stats.years.map((y) => (
                <th scope="col" key={y} className="num">
                  {y}
                </th>
              ))}
              <th scope="col" className="num">
                {t('incidents.stats.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.categories.map((c) => (
              <tr key={c.code}>
                <th scope="row">{label(c)}</th>
                {stats.years.map((y) => (
                  <td key={y} className="num">
                    {stats.cells[c.code]?.[String(y)] ?? 0}
                  </td>
                ))}
                <td className="num total">{stats.rowTotals[c.code] ?? 0}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('incidents.stats.total')}</th>
              {stats.years.map((y) => (
                <td key={y} className="num total">
                  {stats.columnTotals[String(y)] ?? 0}
                </td>
              ))}
              <td className="num total">{stats.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

/** Totals per year as an SVG bar chart; the table above holds the same numbers. */
function YearChart({ stats }: { stats: Statistics }) {
  const { t } = useI18n();
  const values = stats.years.map((y) => ({ year: y, value: stats.columnTotals[String(y)] ?? 0 }));
  const max = Math.max(1, ...values.map((v) => v.value));
  const barW = 40;
  const gap = 16;
  const chartH = 160;
  const top = 20;
  const bottom = 24;
  const width = Math.max(1, values.length) * (barW + gap) + gap;
  const label = t('incidents.stats.chartLabel', {
    values: values.map((v) => `${v.year}: ${v.value}`).join(', '),
  });
  if (values.length === 0) return <p className="empty">{t('incidents.stats.noYears')}</p>;
  return (
    <svg
      className="incident-chart"
      viewBox={`0 0 ${width} ${chartH + top + bottom}`}
      role="img"
      aria-label={label}
      data-testid="statistics-chart"
    >
      <title>{label}</title>
      <line
        x1={gap / 2}
        x2={width - gap / 2}
        y1={top + chartH}
        y2={top + chartH}
        className="incident-chart-axis"
      />
      {values.map((v, i) => {
        const h = (v.value / max) * chartH;
        const x = gap + i * (barW + gap);
        return (
          <g key={v.year}>
            <rect x={x} y={top + chartH - h} width={barW} height={h} className="incident-bar" />
            <text
              x={x + barW / 2}
              y={top + chartH - h - 4}
              textAnchor="middle"
              className="incident-chart-value"
            >
              {v.value}
            </text>
            <text
              x={x + barW / 2}
              y={top + chartH + 16}
              textAnchor="middle"
              className="incident-chart-label"
            >
              {v.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
