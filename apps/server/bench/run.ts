/**
 * `npm run bench [-- personnel|incidents|risk|travel|crisis|sms …] [--smoke] [--json <file>]`: speed
 * targets as ratios to bare baselines measured in the same run, on the real PostgreSQL
 * (never in unit tests). Two suites run only when named: `world` (the whole UN system in one
 * database) and `cluster` (two server processes on one database). BENCH_DATABASE_URL or DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/test) is where scratch databases are created and dropped.
 */
import { writeFileSync } from 'node:fs';
import { benchCluster } from './cluster.ts';
import { benchCrisis } from './crisis.ts';
import { benchIncidents } from './incidents.ts';
import { benchPersonnel } from './personnel.ts';
import { benchRisk } from './risk.ts';
import { benchSms } from './sms.ts';
import { benchTravel } from './travel.ts';
import { benchWorld } from './world.ts';
import { dropScratchDatabases, judged, SMOKE, type BenchResult } from './util.ts';

const SUITES: Record<string, () => Promise<BenchResult[]>> = {
  personnel: benchPersonnel,
  incidents: benchIncidents,
  risk: benchRisk,
  travel: benchTravel,
  crisis: benchCrisis,
  sms: benchSms,
};
/** Suites run only when named on the command line (long, or needing a second process). */
const NAMED_ONLY: Record<string, () => Promise<BenchResult[]>> = {
  cluster: benchCluster,
  world: benchWorld,
};
const ALL = { ...SUITES, ...NAMED_ONLY };

const args = process.argv.slice(2).filter((a) => a !== '--');
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
if (jsonAt >= 0 && !jsonFile) {
  console.error('--json needs a file name: npm run bench -- --json bench.json');
  process.exit(2);
}
const chosen = args.filter(
  (a, i) => a !== '--smoke' && a !== '--json' && (jsonAt < 0 || i !== jsonAt + 1),
);
const unknown = chosen.filter((c) => !(c in ALL));
if (unknown.length) {
  console.error(
    `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(ALL).join(', ')}`,
  );
  process.exit(2);
}
const results: (BenchResult & { suite: string })[] = [];
const started = performance.now();
try {
  for (const name of chosen.length ? chosen : Object.keys(SUITES)) {
    console.log(`\n== ${name}`);
    const t0 = performance.now();
    const r = (await (ALL[name] as () => Promise<BenchResult[]>)()).map(judged);
    for (const x of r) console.log(`${x.ok ? 'PASS' : 'FAIL'}  ${x.name}  ${x.value}  ${x.target}`);
    console.log(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    results.push(...r.map((x) => ({ ...x, suite: name })));
  }
} finally {
  await dropScratchDatabases();
}

// One table at the end: figure, absolute, baseline (same run), ratio, target, PASS/FAIL.
const rows = results.map((r) => ({
  suite: r.suite,
  figure: r.name,
  absolute: r.value,
  baseline: r.baseline ?? '',
  ratio: r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
  target: r.target,
  result: r.ok ? 'PASS' : 'FAIL',
}));
const columns = ['figure', 'absolute', 'baseline', 'ratio', 'target', 'result'] as const;
const cell = (row: (typeof rows)[number], c: (typeof columns)[number]) =>
  c === 'figure' ? `${row.suite}: ${row.figure}` : row[c];
console.log(`\n| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${columns.map((c) => cell(row, c)).join(' | ')} |`);
if (SMOKE)
  console.log(
    '\n(smoke run: small data; a figure fails only at 10× or more worse than its target)',
  );
const seconds = (performance.now() - started) / 1000;
console.log(
  `\n${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed (${seconds.toFixed(0)} s)`,
);
if (jsonFile)
  writeFileSync(
    jsonFile,
    `${JSON.stringify(
      {
        smoke: SMOKE,
        date: new Date().toISOString(),
        seconds: Math.round(seconds),
        rows: results.map((r) => ({
          suite: r.suite,
          figure: r.name,
          absolute: r.value,
          baseline: r.baseline ?? null,
          ratio: r.ratio ?? null,
          target: r.target,
          pass: r.ok,
        })),
      },
      null,
      2,
    )}\n`,
  );
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
