import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { Badge, ErrorBox, Loading } from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CasesPanel } from './CasesPanel.tsx';
import { MissionsPanel } from './MissionsPanel.tsx';
import { MossAdoptionPanel } from './MossAdoption.tsx';
import { MossStatusSection } from './MossStatusSection.tsx';
import { SpotChecksPanel } from './SpotChecksPanel.tsx';
import { Link } from 'react-router';
import { useCan } from '../../abilities.ts';
import type { Schemas } from '../../schema.ts';

type Summary = Schemas['MossCompliance']['country'];
import { Percent } from '../../components/ui.tsx';
import { ChooseCountry } from '../../components/ChooseCountry.tsx';

function Rate({ s }: { s: Summary }) {
  const { t } = useI18n();
  if (s.percent === null) return <span className="muted">{t('common.none')}</span>;
  const tone = s.percent >= 90 ? 'ok' : s.percent >= 60 ? 'warning' : 'error';
  return (
    <Badge tone={tone}>
      <Percent value={s.percent} />
    </Badge>
  );
}

/** MOSS dashboard: compliance rates, adoption by the SMT, status per station and organization. */
export function MossPage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const can = useCan();
  const compliance = useQuery({
    queryKey: ['moss', countryId, 'compliance'],
    queryFn: () =>
      api.get<Schemas['MossCompliance']>(`/api/countries/${countryId ?? ''}/moss/compliance`),
    enabled: Boolean(countryId),
  });
  if (!countryId) return <ChooseCountry />;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('compliance.title')}</h1>
        {can.anywhere('compliance.system_rate') && (
          <Link className="btn btn-small" to="/compliance/system">
            {t('systemRate.title')}
          </Link>
        )}
      </div>
      <section className="card" aria-labelledby="moss-rates">
        <h2 id="moss-rates">{t('compliance.compliance')}</h2>
        {compliance.isPending ? (
          <Loading />
        ) : compliance.error ? (
          <ErrorBox error={compliance.error} />
        ) : (
          <>
            <p data-testid="moss-country-rate">
              {t('compliance.countryRate')}: <Rate s={compliance.data.country} />{' '}
              <small className="muted">
                {t('compliance.applicable', { n: compliance.data.country.applicable })}
              </small>
            </p>
            <div className="grid-2">
              <table>
                <caption>{t('compliance.byLocation')}</caption>
                <tbody>
                  {compliance.data.byLocation.map((l) => (
                    <tr key={l.dutyStationId}>
                      <th scope="row">{l.name}</th>
                      <td>
                        <Rate s={l} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table>
                <caption>{t('compliance.byOrganization')}</caption>
                <tbody>
                  {compliance.data.byOrganization.map((o) => (
                    <tr key={o.organizationId}>
                      <th scope="row">{o.code}</th>
                      <td>
                        <Rate s={o} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <MossStatusSection countryId={countryId} />

      <MissionsPanel countryId={countryId} />
      <SpotChecksPanel countryId={countryId} />
      <CasesPanel countryId={countryId} />
      <MossAdoptionPanel countryId={countryId} />
    </div>
  );
}
