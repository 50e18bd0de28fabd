import { ApiError, request, withQuery } from '../../api.ts';
import { FormError } from '../../components/ui.tsx';
import { ImportErrorTable, ImportSummary } from '../../components/ImportErrors.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TRAINING_KEYS } from './queries.ts';

interface CertificateImportSummary {
  dryRun: boolean;
  rows: number;
  created: number;
  unchanged: number;
  errors: { line: number; field: string; message: string }[];
}

interface RowError {
  line: number | null;
  field: string;
  message: string;
}

/** Turns the 400 details of a failed import (`line 4.course`) into table rows. */
function detailRows(e: unknown): RowError[] {
  if (!(e instanceof ApiError)) return [];
  return e.details.map((d) => {
    const m = /^line (\d+)\.?(.*)$/.exec(d.path);
    return m
      ? { line: Number(m[1]), field: m[2] ?? '', message: d.message }
      : { line: null, field: d.path, message: d.message };
  });
}

/** Import certificates from a learning-system CSV export: preview (dry run), then import. */
export function CertificateImport({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  // Submitting previews (a dry run); the import button sends the same file for real.
  const { draft, setDraft, save, submit } = useDraftForm(
    { file: null as File | null, dryRun: true },
    async ({ file, dryRun }) => {
      if (!file) throw new Error(t('training.import.chooseFile'));
      const body = await file.text();
      return request<CertificateImportSummary>(
        'POST',
        withQuery('/api/training/certificates/import', { countryId, dryRun }),
        undefined,
        { raw: { body, contentType: 'text/csv' } },
      );
    },
    // A preview changes nothing; an import does.
    { invalidate: (r) => (r.dryRun ? [] : TRAINING_KEYS) },
  );
  // The summary of the last preview or import, until the next one starts or the file changes.
  const result = save.data ?? null;
  const file = draft.file;

  const errors: RowError[] = result ? result.errors : detailRows(save.error);
  const canImport = result?.dryRun === true && result.errors.length === 0 && !save.isPending;

  return (
    <section className="card" aria-labelledby="training-import">
      <h2 id="training-import">{t('training.import.title')}</h2>
      <form onSubmit={submit} data-testid="certificate-import-form">
        <p className="help">{t('training.import.help')}</p>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="certificate-import-file">{t('training.import.file')}</label>
            <input
              id="certificate-import-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => {
                setDraft({ file: e.target.files?.[0] ?? null, dryRun: true });
                save.reset();
              }}
              required
            />
          </div>
        </div>
        <FormError error={save.error} />
        <div className="form-actions button-row">
          <button type="submit" className="btn" disabled={!file || save.isPending}>
            {save.isPending && save.variables?.dryRun !== false
              ? t('common.loading')
              : t('training.import.preview')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!canImport}
            onClick={() => save.mutate({ dryRun: false })}
          >
            {save.isPending && save.variables?.dryRun === false
              ? t('common.saving')
              : t('training.import.run')}
          </button>
        </div>
      </form>

      {result && (
        <div aria-live="polite" data-testid="certificate-import-summary">
          <ImportSummary
            done={result.dryRun ? null : t('training.import.done')}
            counts={[
              [t('training.import.rows'), result.rows],
              [
                result.dryRun ? t('training.import.created') : t('training.import.doneCreated'),
                result.created,
              ],
              [t('training.import.unchanged'), result.unchanged],
              [t('training.import.errors'), result.errors.length],
            ]}
            clean={result.errors.length === 0}
            cleanText={t('training.import.noErrors')}
            fixText={t('training.import.fixFirst')}
          />
        </div>
      )}

      {errors.length > 0 && (
        <>
          <h3>{t('training.import.errors')}</h3>
          <ImportErrorTable errors={errors} testId="certificate-import-errors" />
        </>
      )}
    </section>
  );
}
