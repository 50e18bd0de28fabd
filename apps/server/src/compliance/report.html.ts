import { formatDate, NON_COMPLIANCE_STAGES, textDirection, type Locale } from '@fieldsafe/core';
import { st, type ServerMessageKey } from '../i18n/index.ts';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The yearly report of non-compliance cases (SPEC §3) as a self-contained, print-ready HTML page
 * (no scripts, no external resources): a summary by stage, then every case.
 */
export function casesHtml(
  locale: Locale,
  country: string,
  year: number,
  rows: {
    occurredOn: string;
    who: string;
    policy: string;
    stage: string;
    actionTaken: string | null;
  }[],
): string {
  const t = (key: ServerMessageKey, vars?: Record<string, string | number>) =>
    escape(st(locale, key, vars));
  const stage = (s: string) =>
    (NON_COMPLIANCE_STAGES as readonly string[]).includes(s)
      ? t(`report.stage.${s}` as ServerMessageKey)
      : escape(s);
  const byStage = NON_COMPLIANCE_STAGES.map((stage) => ({
    stage,
    n: rows.filter((r) => r.stage === stage).length,
  }));
  const body = rows.length
    ? rows
        .map(
          (r) =>
            `<tr><td>${escape(formatDate(r.occurredOn, locale))}</td><td>${escape(r.who)}</td><td>${escape(r.policy)}</td><td>${stage(r.stage)}</td><td>${escape(r.actionTaken ?? '—')}</td></tr>`,
        )
        .join('\n')
    : `<tr><td colspan="5">${t('report.cases.none')}</td></tr>`;
  return `<!doctype html>
<html lang="${locale}" dir="${textDirection(locale)}"><head><meta charset="utf-8"><title>${t('report.cases.title', { year, country })}</title>
<style>
body{font:11pt/1.4 system-ui,sans-serif;margin:2cm;color:#111}h1{font-size:16pt}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #999;padding:4px 6px;text-align:start;vertical-align:top}th{background:#eee}
@page{size:A4;margin:1.5cm}@media print{body{margin:0}}
</style></head><body>
<h1>${t('report.cases.heading', { country, year })}</h1>
<p>${t('report.cases.intro')}</p>
<table><thead><tr><th>${t('report.cases.stage')}</th><th>${t('report.cases.count')}</th></tr></thead><tbody>
${byStage.map((s) => `<tr><td>${stage(s.stage)}</td><td>${s.n}</td></tr>`).join('\n')}
<tr><th>${t('report.cases.total')}</th><th>${rows.length}</th></tr></tbody></table>
<table><thead><tr><th>${t('report.cases.date')}</th><th>${t('report.cases.who')}</th><th>${t('report.cases.policy')}</th><th>${t('report.cases.stage')}</th><th>${t('report.cases.action')}</th></tr></thead><tbody>
${body}
</tbody></table>
<p>${t('report.cases.produced', { date: formatDate(new Date(), locale) })}</p>
</body></html>
`;
}
