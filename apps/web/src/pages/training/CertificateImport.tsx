import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, request, withQuery } from '../../api.ts';
import { FormError } from '../../components/ui.tsx';
import { ImportErrorTable, ImportSummary } from '../../components/ImportErrors.tsx';
import { useI18n } from '../../i18n/index.tsx';

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
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<CertificateImportSummary | null>(null);

  const run = useMutation({
    mutationFn: async (dryRun: boolean) => {
      if (!file) throw new Error(t('training.import.chooseFile'));
      const body = await file.text();
      return request<CertificateImportSummary>(
        'POST',
        withQuery('/api/training/certificates/import', { countryId, dryRun }),
        undefined,
        { raw: { body, contentType: 'text/csv' } },
      );
    },
    onMutate: () => setResult(null),
    onSuccess: async (r) => {
      setResult(r);
      if (!r.dryRun) {
        await qc.invalidateQueries({ queryKey: ['training'] });
        await qc.invalidateQueries({ queryKey: ['training-report'] });
      }
    },
  });

  const preview = (e: FormEvent) => {
    e.preventDefault();
    run.mutate(true);
  };
  const errors: RowError[] = result ? result.errors : detailRows(run.error);
  const canImport = result?.dryRun === true && result.errors.length === 0 && !run.isPending;

  return (
    <section className="card" aria-labelledby="training-import">
      <h2 id="training-import">{t('training.import.title')}</h2>
      <form onSubmit={preview} data-testid="certificate-import-form">
        <p className="help">{t('training.import.help')}</p>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="certificate-import-file">{t('training.import.file')}</label>
            <input
              id="certificate-import-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setResult(null);
                run.reset();
              }}
              required
            />
          </div>
        </div>
        <FormError error={run.error} />
        <div className="form-actions button-row">
          <button type="submit" className="btn" disabled={!file || run.isPending}>
            {run.isPending && run.variables ? t('common.loading') : t('training.import.preview')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!canImport}
            onClick={() => run.mutate(false)}
          >
            {run.isPending && run.variables === false
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
