import type { ReactNode } from 'react';
import { useCurrentCountry } from '../country.tsx';
import { useI18n } from '../i18n/index.tsx';
import { CountryPicker } from '../pages/dashboard/CountryPicker.tsx';

/** A page about the current country: title and action, tabs, the country picker, then the content once a country is chosen. */
export function CountryPage({
  title,
  action,
  tabs,
  children,
}: {
  title: string;
  action?: ReactNode;
  tabs?: ReactNode;
  children: (countryId: string) => ReactNode;
}) {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  return (
    <div className="page">
      <div className="page-head">
        <h1>{title}</h1>
        {action}
      </div>
      {tabs}
      <CountryPicker label={t('gov.country')} />
      {!countryId ? <p className="card empty">{t('gov.chooseCountry')}</p> : children(countryId)}
    </div>
  );
}
