import { useT } from '../i18n/index.tsx';

export interface ImportError {
  line?: number | null;
  field: string;
  message: string;
}

/** The row-by-row errors of a CSV import: line, field and what is wrong (every import page). */
export function ImportErrorTable({ errors, testId }: { errors: ImportError[]; testId?: string }) {
  const t = useT();
  return (
    <div className="table-wrap">
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
