import { formatDate, NON_COMPLIANCE_STAGES, type Locale } from '@fieldsafe/core';
import { htmlPage, htmlTemplate } from '../http/html.ts';
import { st, type ServerMessageKey } from '../i18n/index.ts';

const STYLE = `body{font:11pt/1.4 system-ui,sans-serif;margin:2cm;color:#111}h1{font-size:16pt}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #999;padding:4px 6px;text-align:start;vertical-align:top}th{background:#eee}
@page{size:A4;margin:1.5cm}@media print{body{margin:0}}`;

interface Row {
  date: string;
  who: string;
  policy: string;
  stage: string;
  action: string;
}

const body = htmlTemplate<{
  t: (key: ServerMessageKey, vars?: Record<string, string | number>) => string;
  byStage: { stage: string; n: number }[];
  total: number;
  rows: Row[];
  produced: string;
}>(
  'compliance-cases',
  `<h1><%= it.t('report.cases.heading') %></h1>
<p><%= it.t('report.cases.intro') %></p>
<table><thead><tr><th><%= it.t('report.cases.stage') %></th><th><%= it.t('report.cases.count') %></th></tr></thead><tbody>
<% for (const s of it.byStage) { %><tr><td><%= s.stage %></td><td><%= s.n %></td></tr>
<% } %><tr><th><%= it.t('report.cases.total') %></th><th><%= it.total %></th></tr></tbody></table>
<table><thead><tr><th><%= it.t('report.cases.date') %></th><th><%= it.t('report.cases.who') %></th><th><%= it.t('report.cases.policy') %></th><th><%= it.t('report.cases.stage') %></th><th><%= it.t('report.cases.action') %></th></tr></thead><tbody>
<% for (const r of it.rows) { %><tr><td><%= r.date %></td><td><%= r.who %></td><td><%= r.policy %></td><td><%= r.stage %></td><td><%= r.action %></td></tr>
<% } %><% if (!it.rows.length) { %><tr><td colspan="5"><%= it.t('report.cases.none') %></td></tr>
<% } %></tbody></table>
<p><%= it.produced %></p>`,
);

/**
 * The yearly report of non-compliance cases (SPEC §3) as a self-contained, print-ready HTML page
 * (no scripts, no external resources), in the reader's language and direction: a summary by
 * stage, then every case.
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
    st(locale, key, { country, year, ...vars });
  const stage = (s: string) =>
    (NON_COMPLIANCE_STAGES as readonly string[]).includes(s)
      ? t(`report.stage.${s}` as ServerMessageKey)
      : s;
  return htmlPage({
    lang: locale,
    title: t('report.cases.title'),
    style: STYLE,
    body: body({
      t,
      byStage: NON_COMPLIANCE_STAGES.map((s) => ({
        stage: stage(s),
        n: rows.filter((r) => r.stage === s).length,
      })),
      total: rows.length,
      rows: rows.map((r) => ({
        date: formatDate(r.occurredOn, locale),
        who: r.who,
        policy: r.policy,
        stage: stage(r.stage),
        action: r.actionTaken ?? '—',
      })),
      produced: t('report.cases.produced', { date: formatDate(new Date(), locale) }),
    }),
  });
}
