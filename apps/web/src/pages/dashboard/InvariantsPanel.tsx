import { Badge, formatDate } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import type { Translate } from '../../i18n/index.tsx';
import { isAppointmentRole } from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type InvariantReport = Schemas['InvariantReport'];
type Finding = Schemas['InvariantFinding'];
type Severity = Finding['severity'];

/** A finding in the reader's language, from its code and parts (the server's English otherwise). */
export function findingText(
  t: Translate,
  locale: string,
  f: { code: string; message: string; params: Finding['params'] },
): string {
  const key = `inv.${f.code}` as MessageKey;
  const p = { ...f.params };
  if (typeof p.role === 'string' && isAppointmentRole(p.role))
    p.role = t(`role.${p.role}` as MessageKey);
  if (typeof p.drill === 'string') p.drill = t(`prep.drill.${p.drill}` as MessageKey);
  if (typeof p.seat === 'string') p.seat = t(`appt.seat.${p.seat}` as MessageKey);
  if (typeof p.date === 'string') p.date = formatDate(p.date, locale);
  if (typeof p.updatedOn === 'string' && p.updatedOn !== 'never')
    p.updatedOn = formatDate(p.updatedOn, locale);
  const text = t(key, p);
  return text === key ? f.message : text;
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Findings in the reader's language, each marked with its severity. */
export function FindingList({
  findings,
  className = 'findings',
  testId,
}: {
  findings: readonly Finding[];
  className?: string;
  testId?: string;
}) {
  const { t, locale } = useI18n();
  return (
    <ul className={className} data-testid={testId}>
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className={`finding finding-${f.severity}`}>
          <span className="visually-hidden">{t(`dash.severity.${f.severity}`)}: </span>
          {findingText(t, locale, f)}
        </li>
      ))}
    </ul>
  );
}

export function InvariantsPanel({ report }: { report: InvariantReport }) {
  const { t, locale } = useI18n();
  const findings = [...report.findings].sort(
    (a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity),
  );
  const counts = ORDER.map(
    (s) => [s, findings.filter((f) => f.severity === s).length] as const,
  ).filter(([, n]) => n > 0);
  return (
    <section className="card" data-testid="invariants-panel" aria-labelledby="inv-title">
      <div className="card-head">
        <h2 id="inv-title">{t('dash.invariants')}</h2>
        <span className="muted small">
          {t('dash.checkedOn', { date: formatDate(report.checkedOn, locale) })}
        </span>
      </div>
      {findings.length === 0 ? (
        <p className="all-pass">
          <span aria-hidden="true">✓</span> {t('dash.allPass')}
        </p>
      ) : (
        <>
          <p className="counts">
            {counts.map(([s, n]) => (
              <Badge key={s} tone={s}>
                {t(`dash.severity.${s}`)}: {n}
              </Badge>
            ))}
          </p>
          <FindingList findings={findings} />
        </>
      )}
    </section>
  );
}
