import { Link, useParams } from 'react-router';
import { useMe } from '../../auth.tsx';
import { Badge, ErrorBox, Loading, formatDate } from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CertificateImport } from './CertificateImport.tsx';
import { PersonTraining } from './PersonTraining.tsx';
import { SsafeDecisions } from './SsafeDecisions.tsx';
import { TrainingIndicators } from './TrainingIndicators.tsx';
import { useTrainingReport } from './queries.ts';
import { ChooseCountry } from '../../components/ChooseCountry.tsx';

/** My training, or one person's (/training/people/:id). */
export function TrainingPersonPage() {
  const { t } = useI18n();
  const me = useMe();
  const { id } = useParams();
  const personId = id ?? me.personId;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{id ? t('training.personTitle') : t('training.mine')}</h1>
      </div>
      {personId ? (
        <PersonTraining personId={personId} self={personId === me.personId} />
      ) : (
        <p className="card empty">{t('training.noRecord')}</p>
      )}
    </div>
  );
}

/** Compliance reports: trained personnel by organization; certificates expiring within 90 days. */
export function TrainingReportPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const report = useTrainingReport(countryId);
  if (!countryId) return <ChooseCountry />;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('training.reportTitle')}</h1>
        <div className="button-row">
          <Link to="/training/me" className="btn">
            {t('training.mine')}
          </Link>
        </div>
      </div>
      {report.isPending ? (
        <Loading />
      ) : report.error ? (
        <ErrorBox error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <section className="card" aria-labelledby="training-by-org">
            <h2 id="training-by-org">{t('training.byOrganization')}</h2>
            {report.data.rows.length === 0 ? (
              <p className="empty">{t('training.noPersonnel')}</p>
            ) : (
              <div className="table-wrap" tabIndex={0}>
                <table className="responsive" data-testid="training-report">
                  <thead>
                    <tr>
                      <th scope="col">{t('training.organization')}</th>
                      <th scope="col">{t('training.personnel')}</th>
                      {report.data.courses.map((c) => (
                        <th scope="col" key={c}>
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {report.data.rows.map((r) => (
                      <tr key={r.organizationId}>
                        <td data-label={t('training.organization')}>{r.organizationCode}</td>
                        <td data-label={t('training.personnel')}>{r.personnel}</td>
                        {report.data.courses.map((c) => (
                          <td key={c} data-label={c}>
                            {r.courses[c]?.trained ?? 0}
                            {(r.courses[c]?.expiring ?? 0) > 0 && (
                              <>
                                {' '}
                                <Badge tone="warning">
                                  {t('training.expiringCount', { n: r.courses[c]?.expiring ?? 0 })}
                                </Badge>
                              </>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="training-expiring">
            <h2 id="training-expiring">{t('training.expiring')}</h2>
            {report.data.expiring.length === 0 ? (
              <p className="empty">{t('training.noneExpiring')}</p>
            ) : (
              <ul>
                {report.data.expiring.map((e) => (
                  <li key={`${e.personId}-${e.course}`}>
                    <Link to={`/training/people/${e.personId}`}>{e.personName}</Link> — {e.course}:{' '}
                    {formatDate(e.expiresOn, locale)} ({t('training.daysLeft', { n: e.daysLeft })})
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <TrainingIndicators countryId={countryId} />
      <SsafeDecisions countryId={countryId} />
      <CertificateImport countryId={countryId} />
    </div>
  );
}
