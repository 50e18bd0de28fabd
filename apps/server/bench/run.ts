/**
 * `npm run bench [-- personnel|incidents|risk|travel|crisis|sms …]`: speed targets, measured on the real PostgreSQL
 * (never in unit tests). BENCH_DATABASE_URL or DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/test) is where scratch databases are created and dropped.
 */
import { benchCrisis } from './crisis.ts';
import { benchIncidents } from './incidents.ts';
import { benchPersonnel } from './personnel.ts';
import { benchRisk } from './risk.ts';
import { benchSms } from './sms.ts';
import { benchTravel } from './travel.ts';
import { judged, SMOKE, type BenchResult } from './util.ts';

const SUITES: Record<string, () => Promise<BenchResult[]>> = {
  personnel: benchPersonnel,
  incidents: benchIncidents,
  risk: benchRisk,
  travel: benchTravel,
  crisis: benchCrisis,
  sms: benchSms,
};

const chosen = process.argv.slice(2).filter((a) => a !== '--' && a !== '--smoke');
const unknown = chosen.filter((c) => !(c in SUITES));
if (unknown.length) {
  console.error(
    `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(SUITES).join(', ')}`,
  );
  process.exit(2);
}
const results: BenchResult[] = [];
for (const name of chosen.length ? chosen : Object.keys(SUITES)) {
  console.log(`\n== ${name}`);
  const r = (await (SUITES[name] as () => Promise<BenchResult[]>)()).map(judged);
  for (const x of r)
    console.log(
      `${x.ok ? 'PASS' : 'FAIL'}  ${x.name.padEnd(70)} ${x.value.padStart(10)}  ${x.target}`,
    );
  results.push(...r);
}
if (SMOKE)
  console.log(
    '\n(smoke run: small data; a figure fails only at 10× or more worse than its target)',
  );
console.log(
  `\n${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed`,
);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
