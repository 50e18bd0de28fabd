import { useCurrentCountry } from '../country.tsx';
import { useI18n } from '../i18n/index.tsx';
import { CountryPicker } from '../pages/dashboard/CountryPicker.tsx';

/** Shown by a page about one country before a country is chosen: a working country picker. */
export function ChooseCountry() {
  const { t } = useI18n();
  const { choices } = useCurrentCountry();
  return (
    <section className="card narrow" data-testid="choose-country">
      <h1>{t('country.pick')}</h1>
      <p className="muted">{choices === null ? t('country.pickAny') : t('country.pickHelp')}</p>
      <CountryPicker label={t('common.country')} />
    </section>
  );
}
