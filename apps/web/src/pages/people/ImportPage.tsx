import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError, request, withQuery } from '../../api.ts';
import { useCurrentCountry } from '../../country.tsx';
import { FormError, SelectField } from '../../components/ui.tsx';
import { ImportErrorTable, ImportSummary } from '../../components/ImportErrors.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { enumLabel } from '../../i18n/labels.ts';
import { countryName, sortCountries, useCountries } from '../../queries.ts';
import type { Schemas } from '../../schema.ts';

type ImportResult = Schemas['ImportSummary'];

interface RowError {
  line: number | null;
  field: string;
  message: string;
}

/** Turns the 400 details of a failed import (`line 4.email`) into table rows. */
function detailRows(e: unknown): RowError[] {
  if (!(e instanceof ApiError)) return [];
  return e.details.map((d) => {
    const m = /^line (\d+)\.?(.*)$/.exec(d.path);
    return m
      ? { line: Number(m[1]), field: m[2] ?? '', message: d.message }
      : { line: null, field: d.path, message: d.message };
  });
}

export function ImportPage() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const current = useCurrentCountry();
  const countries = useCountries();
  // Submitting previews (a dry run); the import button sends the same file for real.
  const { draft, set, setDraft, save, submit } = useDraftForm(
    () => ({ countryId: current.countryId ?? '', file: null as File | null, dryRun: true }),
    async ({ countryId, file, dryRun }) => {
      if (!file) throw new Error(t('import.chooseFile'));
      const body = await file.text();
      return request<ImportResult>(
        'POST',
        withQuery('/api/people/import', { countryId, dryRun }),
        undefined,
        {
          raw: { body, contentType: 'text/csv' },
        },
      );
    },
    // A preview changes nothing; an import may change anything shown.
    { onDone: (r) => (r.dryRun ? undefined : qc.invalidateQueries()) },
  );
  // The summary of the last preview or import, until the next one starts or the file changes.
  const result = save.data ?? null;
  const { countryId, file } = draft;

  const errors: RowError[] = result ? result.errors : detailRows(save.error);
  const canImport = result?.dryRun === true && result.errors.length === 0 && !save.isPending;
  const options = sortCountries(countries.data?.items ?? [], locale).map((c) => ({
    value: c.id,
    label: countryName(c, locale),
    group: c.hasPresence ? t('common.withPresence') : t('common.otherCountries'),
  }));

  return (
    <div className="page">
      <p>
        <Link to="/people">
          <span className="dir-icon" aria-hidden="true">
            ←
          </span>{' '}
          {t('people.back')}
        </Link>
      </p>
      <h1>{t('import.title')}</h1>
      <form className="card" onSubmit={submit}>
        <p className="help">{t('import.help')}</p>
        <div className="form-grid">
          <SelectField
            label={t('common.country')}
            name="countryId"
            value={countryId}
            onChange={set('countryId')}
            options={options}
            required
          />
          <div className="field">
            <label htmlFor="import-file">{t('import.file')}</label>
            <input
              id="import-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => {
                setDraft((x) => ({ ...x, file: e.target.files?.[0] ?? null, dryRun: true }));
                save.reset();
              }}
              required
            />
          </div>
        </div>
        <FormError error={save.error} />
        <div className="form-actions button-row">
          <button type="submit" className="btn" disabled={!file || !countryId || save.isPending}>
            {save.isPending && save.variables?.dryRun !== false
              ? t('common.loading')
              : t('import.preview')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!canImport}
            onClick={() => save.mutate({ dryRun: false })}
          >
            {save.isPending && save.variables?.dryRun === false
              ? t('common.saving')
              : t('import.run')}
          </button>
        </div>
      </form>

      {result && (
        <section className="card" aria-live="polite">
          <ImportSummary
            done={result.dryRun ? null : t('import.done')}
            counts={[
              [t('import.rows'), result.rows],
              [result.dryRun ? t('import.created') : t('import.doneCreated'), result.created],
              [result.dryRun ? t('import.updated') : t('import.doneUpdated'), result.updated],
              [t('import.unchanged'), result.unchanged],
              [t('import.errors'), result.errors.length],
            ]}
            clean={result.errors.length === 0}
            cleanText={t('import.noErrors')}
            fixText={t('import.fixFirst')}
          />
        </section>
      )}

      {errors.length > 0 && (
        <section className="card" aria-labelledby="import-errors">
          <h2 id="import-errors">{t('import.errors')}</h2>
          <ImportErrorTable errors={errors} />
        </section>
      )}

      {result && result.preview.length > 0 && (
        <section className="card" aria-labelledby="import-preview">
          <h2 id="import-preview">{t('import.preview')}</h2>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('import.line')}
                  </th>
                  <th scope="col">{t('import.action')}</th>
                  <th scope="col">{t('people.staffId')}</th>
                  <th scope="col">{t('people.name')}</th>
                </tr>
              </thead>
              <tbody>
                {result.preview.map((r) => (
                  <tr key={r.line}>
                    <td className="num">{r.line}</td>
                    <td>
                      {enumLabel(t, 'import.action', ['create', 'update', 'unchanged'], r.action)}
                    </td>
                    <td>{r.staffId}</td>
                    <td>{r.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
