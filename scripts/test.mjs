// `npm test`: every test (core rules, API integration, browser end-to-end) in one Vitest run.
// The API tests use the embedded database unless DATABASE_URL points at a PostgreSQL server.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
