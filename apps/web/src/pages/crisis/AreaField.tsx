import { SelectField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';

/** The area of a country a crisis, broadcast or activation is for; empty: the whole country. */
export function AreaField({
  countryId,
  value,
  onChange,
  errors,
}: {
  countryId: string | null;
  value: string;
  onChange: (v: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const structure = useStructure(countryId);
  return (
    <SelectField
      label={t('crisis.area')}
      name="areaId"
      value={value}
      onChange={onChange}
      options={(structure.data?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
      empty={t('crisis.wholeCountry')}
      errors={errors}
    />
  );
}
