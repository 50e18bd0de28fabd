import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentCountry } from '../../country.tsx';
import { Badge, ErrorBox, Loading, SelectField, formatDate } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { enumLabel } from '../../i18n/labels.ts';
import { useStructure } from '../../queries.ts';
import { HeatGrid, LevelBadge } from './HeatMap.tsx';
import { useAssessments, useHeatMap, useRegister, useUnassessed } from './queries.ts';
import { SecurityLevels } from './SecurityLevels.tsx';
import { EXPOSED, THREAT_CATEGORIES } from '@fieldsafe/core';
import { ChooseCountry } from '../../components/ChooseCountry.tsx';
import { ClassificationBadge } from '../../components/Classification.tsx';

/** Risk register of a country: heat maps, register, assessments, gaps and security levels. */
export function RiskPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const [station, setStation] = useState('');
  const structure = useStructure(countryId);
  const assessments = useAssessments(countryId);
  const heat = useHeatMap(countryId, station);
  const register = useRegister(countryId, station);
  const unassessed = useUnassessed(countryId);

  const names = new Map(
    (register.data?.locations ?? []).map((l) => [l.assessmentId, l.locationName]),
  );

  if (!countryId) return <ChooseCountry />;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('risk.title')}</h1>
        {assessments.data?.abilities.canAssess && (
          <div className="button-row">
            <Link to="/risk/assessments/new" className="btn btn-primary">
              {t('risk.newAssessment')}
            </Link>
          </div>
        )}
      </div>

      <section className="card filters" aria-label={t('risk.filter')}>
        <SelectField
          label={t('common.dutyStation')}
          name="dutyStationId"
          value={station}
          onChange={setStation}
          options={(structure.data?.dutyStations ?? []).map((s) => ({
            value: s.id,
            label: s.name,
          }))}
          empty={t('risk.wholeCountry')}
        />
      </section>

      <section className="card" aria-labelledby="risk-heat">
        <h2 id="risk-heat">{t('risk.heatMap')}</h2>
        {heat.isPending ? (
          <Loading />
        ) : heat.error ? (
          <ErrorBox error={heat.error} onRetry={() => void heat.refetch()} />
        ) : (
          <>
            <p className="muted">
              {t('risk.heatSummary', {
                total: heat.data.total,
                assessments: heat.data.assessments,
                unrated: heat.data.residualUnrated,
              })}
            </p>
            <div className="grid-2">
              <HeatGrid
                title={t('risk.inherent')}
                grid={heat.data.inherent}
                testId="heat-inherent"
              />
              <HeatGrid
                title={t('risk.residual')}
                grid={heat.data.residual}
                testId="heat-residual"
              />
            </div>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="risk-register">
        <h2 id="risk-register">{t('risk.register')}</h2>
        {register.isPending ? (
          <Loading />
        ) : register.error ? (
          <ErrorBox error={register.error} />
        ) : register.data.items.length === 0 ? (
          <p className="empty">{t('risk.noRisks')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="risk-register">
              <thead>
                <tr>
                  <th scope="col">{t('risk.location')}</th>
                  <th scope="col">{t('risk.threat')}</th>
                  <th scope="col">{t('risk.risk')}</th>
                  <th scope="col">{t('risk.inherent')}</th>
                  <th scope="col">{t('risk.residual')}</th>
                  <th scope="col">{t('risk.strategy')}</th>
                </tr>
              </thead>
              <tbody>
                {register.data.items.map((r) => (
                  <tr key={r.id}>
                    <td data-label={t('risk.location')}>
                      <Link to={`/risk/assessments/${r.assessmentId}`}>
                        {names.get(r.assessmentId) ?? ''}
                      </Link>
                    </td>
                    <td data-label={t('risk.threat')}>
                      {r.threatTitle}
                      <br />
                      <small className="muted">
                        {enumLabel(t, 'risk.category', THREAT_CATEGORIES, r.threatCategory)}
                      </small>
                    </td>
                    <td data-label={t('risk.risk')}>
                      {r.description}
                      <br />
                      <small className="muted">
                        {enumLabel(t, 'risk.exposed', EXPOSED, r.exposed)}
                      </small>
                    </td>
                    <td data-label={t('risk.inherent')}>
                      <LevelBadge level={r.inherent.level} score={r.inherent.score} />
                    </td>
                    <td data-label={t('risk.residual')}>
                      {r.residual ? (
                        <LevelBadge level={r.residual.level} score={r.residual.score} />
                      ) : (
                        t('risk.notRated')
                      )}
                      {r.accepted && (
                        <>
                          {' '}
                          <Badge tone="info">{t('risk.accepted')}</Badge>
                        </>
                      )}
                    </td>
                    <td data-label={t('risk.strategy')}>
                      {r.strategies
                        .map((s) => t(`risk.strategy.${s}` as 'risk.strategy.accept'))
                        .join(' & ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="risk-assessments">
        <h2 id="risk-assessments">{t('risk.assessments')}</h2>
        {assessments.isPending ? (
          <Loading />
        ) : assessments.error ? (
          <ErrorBox error={assessments.error} />
        ) : assessments.data.items.length === 0 ? (
          <p className="empty">{t('risk.noAssessments')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="risk-assessments">
              <thead>
                <tr>
                  <th scope="col">{t('risk.location')}</th>
                  <th scope="col">{t('risk.version')}</th>
                  <th scope="col">{t('risk.assessedOn')}</th>
                  <th scope="col">{t('risk.reviewDue')}</th>
                  <th scope="col">{t('risk.aboveAcceptable')}</th>
                </tr>
              </thead>
              <tbody>
                {assessments.data.items.map((a) => (
                  <tr key={a.id}>
                    <td data-label={t('risk.location')}>
                      <Link to={`/risk/assessments/${a.id}`}>{a.locationName}</Link>{' '}
                      <ClassificationBadge level={a.classification} shareable={a.sltShareable} />
                      {a.flaggedForReview && (
                        <>
                          {' '}
                          <Badge tone="warning">{t('risk.flagged')}</Badge>
                        </>
                      )}
                    </td>
                    <td data-label={t('risk.version')}>{a.version}</td>
                    <td data-label={t('risk.assessedOn')}>{formatDate(a.assessedOn, locale)}</td>
                    <td data-label={t('risk.reviewDue')}>
                      {formatDate(a.reviewDue, locale)}
                      {a.reviewOverdue && (
                        <>
                          {' '}
                          <Badge tone="error">{t('risk.overdue')}</Badge>
                        </>
                      )}
                    </td>
                    <td data-label={t('risk.aboveAcceptable')} className="num">
                      {a.aboveAcceptable > 0 ? (
                        <Badge tone="error">{a.aboveAcceptable}</Badge>
                      ) : (
                        `0 / ${a.riskCount}`
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {unassessed.data && unassessed.data.items.length > 0 && (
          <div className="subcard">
            <h3>{t('risk.unassessed')}</h3>
            <ul data-testid="risk-unassessed">
              {unassessed.data.items.map((l) => (
                <li key={l.id}>
                  {l.name}{' '}
                  <small className="muted">
                    {l.locationType === 'area' ? t('common.area') : t('common.dutyStation')}
                  </small>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <SecurityLevels countryId={countryId} />
    </div>
  );
}
