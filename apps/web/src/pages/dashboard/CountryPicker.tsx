import { useCurrentCountry } from '../../country.tsx';
import { SelectField, type Option } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { countryName, sortCountries, useCountries } from '../../queries.ts';

/** Lets administrators (any country) and people serving in several countries switch country. */
export function CountryPicker({ label }: { label: string }) {
  const { t, locale } = useI18n();
  const { countryId, setCountryId, choices } = useCurrentCountry();
  const countries = useCountries();
  const all = sortCountries(countries.data?.items ?? [], locale);
  const withPresence = all.filter((c) => c.hasPresence);
  // Administrators pick among countries with UN presence; others among their own countries.
  const list =
    choices && choices.length > 0
      ? all.filter((c) => choices.includes(c.id))
      : withPresence.length > 0
        ? withPresence
        : all;
  const options: Option[] = list.map((c) => ({
    value: c.id,
    label: countryName(c, locale),
    group: c.hasPresence ? t('common.withPresence') : t('common.otherCountries'),
  }));
  return (
    <div className="country-picker">
      <SelectField
        label={label}
        name="country"
        value={countryId ?? ''}
        onChange={(v) => setCountryId(v || null)}
        options={options}
        empty={countries.isPending ? t('common.loading') : t('common.choose')}
        disabled={countries.isPending}
      />
    </div>
  );
}
