import { CLASSIFICATIONS, isClassification } from '@fieldsafe/core';
import { useI18n } from '../i18n/index.tsx';
import { CheckboxField, SelectField, Badge } from './ui.tsx';

const TONE = {
  public: 'ok',
  internal: 'info',
  restricted: 'warning',
  confidential: 'error',
} as const;

/** A record's information-sharing classification, and "SLT" when it is marked shareable. */
export function ClassificationBadge({ level, shareable }: { level: string; shareable?: boolean }) {
  const { t } = useI18n();
  if (!isClassification(level)) return null;
  return (
    <>
      <Badge tone={TONE[level]}>
        <span data-testid="classification">{t(`incidents.classification.${level}`)}</span>
      </Badge>
      {shareable && level !== 'public' && <Badge tone="neutral">{t('sharing.sltBadge')}</Badge>}
    </>
  );
}

/** The author's choice of classification and, where partners may be given the kind, the SLT mark. */
export function ClassificationFields({
  value,
  onChange,
  shareable,
  errors,
}: {
  value: string;
  onChange: (v: string) => void;
  shareable?: { checked: boolean; onChange: (v: boolean) => void };
  errors?: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t('incidents.classification')}
        name="classification"
        value={value}
        onChange={onChange}
        options={CLASSIFICATIONS.map((l) => ({
          value: l,
          label: `${t(`incidents.classification.${l}`)} — ${t(`incidents.classification.${l}.help`)}`,
        }))}
        errors={errors}
        required
      />
      {shareable && (
        <CheckboxField
          label={t('sharing.sltShareable')}
          name="sltShareable"
          checked={shareable.checked}
          onChange={shareable.onChange}
          errors={errors}
        />
      )}
    </>
  );
}
