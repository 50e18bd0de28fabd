import type { AppConfig } from '../src/app.ts';

/**
 * The application as the tests and the benchmarks build it in their own process: no TLS, no web
 * app, no log lines, and no rate limits (one loopback client generating load is not an attacker;
 * production limits come from config).
 */
export const TEST_APP_CONFIG = {
  secureCookies: false,
  sessionHours: 1,
  webDist: '/nonexistent',
  logLevel: 'silent',
  rateLimits: { login: 1_000_000, checkin: 1_000_000, writes: 1_000_000 },
} satisfies AppConfig;
