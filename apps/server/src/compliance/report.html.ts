import { NON_COMPLIANCE_STAGES } from '@fieldsafe/core';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const STAGE_LABEL: Record<string, string> = {
  negative_impact_on_operations: 'Negative impact on operations',
  loss_or_damage_to_property: 'Loss of or damage to property',
  serious_injury_or_loss_of_life: 'Serious injury or loss of life',
};

/**
 * The yearly report of non-compliance cases (SPEC §3) as a self-contained, print-ready HTML page
 * (no scripts, no external resources): a summary by stage, then every case.
 */
export function casesHtml(
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
  const byStage = NON_COMPLIANCE_STAGES.map((stage) => ({
    stage,
    n: rows.filter((r) => r.stage === stage).length,
  }));
  const body = rows.length
    ? rows
        .map(
          (r) =>
            `<tr><td>${escape(r.occurredOn)}</td><td>${escape(r.who)}</td><td>${escape(r.policy)}</td><td>${escape(STAGE_LABEL[r.stage] ?? r.stage)}</td><td>${escape(r.actionTaken ?? '—')}</td></tr>`,
        )
        .join('\n')
    : '<tr><td colspan="5">No case of non-compliance was recorded this year.</td></tr>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Non-compliance cases ${year} — ${escape(country)}</title>
<style>
body{font:11pt/1.4 system-ui,sans-serif;margin:2cm;color:#111}h1{font-size:16pt}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee}
@page{size:A4;margin:1.5cm}@media print{body{margin:0}}
</style></head><body>
<h1>Non-compliance with security policy — ${escape(country)}, ${year}</h1>
<p>Cases recorded under the Framework for Accountability, by the stage they reached (A/57/365 ¶44).</p>
<table><thead><tr><th>Stage</th><th>Cases</th></tr></thead><tbody>
${byStage.map((s) => `<tr><td>${escape(STAGE_LABEL[s.stage] ?? s.stage)}</td><td>${s.n}</td></tr>`).join('\n')}
<tr><th>Total</th><th>${rows.length}</th></tr></tbody></table>
<table><thead><tr><th>Date</th><th>Who</th><th>Policy</th><th>Stage</th><th>Action taken</th></tr></thead><tbody>
${body}
</tbody></table>
<p>Produced by Fieldsafe on ${new Date().toISOString().slice(0, 10)}.</p>
</body></html>
`;
}
