import { useState } from 'react';
import { SelectField, TextField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { localized } from '../../i18n/labels.ts';
import type { MeasureDraft } from './assessmentDraft.ts';
import { useMossCatalogue } from './queries.ts';

/** How many matching MOSS measures the picker lists at once (the search narrows the rest). */
const SHOWN = 40;

/**
 * The mitigation measures of a risk: each a text, optionally linked to a MOSS measure picked from
 * the catalogue, searchable by code or title [000 §12 b].
 */
export function MeasuresField({
  name,
  measures,
  onChange,
  errors,
}: {
  name: string;
  measures: MeasureDraft[];
  onChange: (m: MeasureDraft[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const set = (i: number, p: Partial<MeasureDraft>) =>
    onChange(measures.map((m, j) => (j === i ? { ...m, ...p } : m)));
  return (
    <fieldset className="measures">
      <legend>{t('risk.measures')}</legend>
      {measures.map((m, i) => (
        <div key={i} className="measure-row" data-testid="measure-row">
          <TextField
            label={`${t('risk.measure')} ${i + 1}`}
            name={`${name}.${i}.text`}
            value={m.text}
            onChange={(v) => set(i, { text: v })}
            required
            errors={errors}
          />
          <MossPicker
            name={`${name}.${i}.mossCode`}
            value={m.mossCode}
            onChange={(mossCode) => set(i, { mossCode })}
            errors={errors}
          />
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onChange(measures.filter((_, j) => j !== i))}
          >
            {t('risk.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange([...measures, { text: '', mossCode: '' }])}
      >
        {t('risk.addMeasure')}
      </button>
    </fieldset>
  );
}

/** A search box and the MOSS measures matching it, grouped by MOSS area. */
function MossPicker({
  name,
  value,
  onChange,
  errors,
}: {
  name: string;
  value: string;
  onChange: (code: string) => void;
  errors: Record<string, string>;
}) {
  const { t, locale } = useI18n();
  const [search, setSearch] = useState('');
  const catalogue = useMossCatalogue();
  const items = catalogue.data?.items ?? [];
  const words = search.trim().toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  const label = (m: (typeof items)[number]) => `${m.code} — ${localized(m.title, locale)}`;
  const matching = items.filter(
    (m) => m.code === value || words.every((w) => label(m).toLocaleLowerCase(locale).includes(w)),
  );
  const shown = matching.filter((m, i) => i < SHOWN || m.code === value);
  return (
    <div className="moss-picker">
      <TextField
        type="search"
        label={t('risk.mossSearch')}
        name={`${name}.search`}
        value={search}
        onChange={setSearch}
      />
      <SelectField
        label={t('risk.mossMeasure')}
        name={name}
        value={value}
        onChange={onChange}
        empty={t('risk.mossNone')}
        options={shown.map((m) => ({
          value: m.code,
          label: label(m),
          group: localized(m.areaLabel, locale),
        }))}
        help={
          matching.length > shown.length
            ? t('risk.mossMore', { count: matching.length - shown.length })
            : undefined
        }
        errors={errors}
      />
    </div>
  );
}
