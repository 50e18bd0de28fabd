import { useT } from '../i18n/index.tsx';
import { Notice } from './ui.tsx';

export interface ImportError {
  line?: number | null;
  field: string;
  message: string;
}

/** The row-by-row errors of a CSV import: line, field and what is wrong (every import page). */
export function ImportErrorTable({ errors, testId }: { errors: ImportError[]; testId?: string }) {
  const t = useT();
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.line')}
            </th>
            <th scope="col">{t('import.field')}</th>
            <th scope="col">{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i} className="row-error">
              <td className="num">{e.line ?? ''}</td>
              <td>
                <code>{e.field}</code>
              </td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What a CSV import did or would do: a notice once applied, the counts, and whether the file is
 * clean (every import page).
 */
export function ImportSummary({
  done,
  counts,
  clean,
  cleanText,
  fixText,
}: {
  /** Shown once the import was applied (null for a preview). */
  done: string | null;
  counts: readonly (readonly [string, number])[];
  clean: boolean;
  cleanText: string;
  fixText: string;
}) {
  return (
    <>
      {done && <Notice>{done}</Notice>}
      <div className="stats">
        {counts.map(([label, n]) => (
          <div key={label} className="stat">
            <span className="stat-value">{n}</span>
            <span className="stat-label">{label}</span>
          </div>
        ))}
      </div>
      {clean ? <p className="ok-text">{cleanText}</p> : <p className="error-text">{fixText}</p>}
    </>
  );
}
