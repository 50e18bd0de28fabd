/* global fetch */
// `npm run lighthouse`: Lighthouse 12.2.3 (mobile, simulated slow 4G) on the login page and on a
// signed-in dashboard of a freshly started server (embedded database, demo country).
// Chromium from CHROME_PATH (default /usr/bin/chromium). Prints one line per page and exits 1 when
// a page misses performance >= 90, accessibility 100 or layout shift < 0.1.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startDemoServer } from './demo-server.mjs';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Signs in through the API and returns the session cookie header for Lighthouse. */
async function sessionCookie(url) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'staff@fieldsafe.test', password: 'fieldsafe-demo' }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const server = await startDemoServer('fieldsafe-lh-');
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
let failed = false;
try {
  const cookie = await sessionCookie(server.url);
  const pages = [
    { name: 'login', url: `${server.url}/login`, headers: {} },
    { name: 'dashboard', url: `${server.url}/`, headers: { cookie } },
  ];
  for (const p of pages) {
    // Default Lighthouse settings are mobile with simulated slow 4G throttling.
    const result = await lighthouse(p.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: p.headers,
    });
    const lhr = result.lhr;
    const perf = Math.round((lhr.categories.performance.score ?? 0) * 100);
    const a11y = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
    const cls = lhr.audits['cumulative-layout-shift'].numericValue ?? 0;
    const lcp = (lhr.audits['largest-contentful-paint'].numericValue ?? 0) / 1000;
    const fcp = (lhr.audits['first-contentful-paint'].numericValue ?? 0) / 1000;
    const tbt = lhr.audits['total-blocking-time'].numericValue ?? 0;
    const si = (lhr.audits['speed-index'].numericValue ?? 0) / 1000;
    const ok = perf >= 90 && a11y === 100 && cls < 0.1;
    if (!ok) failed = true;
    console.log(
      `${p.name.padEnd(10)} performance ${perf}  accessibility ${a11y}  CLS ${cls.toFixed(3)}  LCP ${lcp.toFixed(1)} s  FCP ${fcp.toFixed(1)} s  TBT ${Math.round(tbt)} ms  SI ${si.toFixed(1)} s  ${ok ? 'ok' : 'BELOW TARGET'}`,
    );
    for (const [id, audit] of Object.entries(lhr.audits)) {
      if (audit.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === id))
        console.log(`  accessibility: ${audit.title}`);
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
process.exit(failed ? 1 : 0);
