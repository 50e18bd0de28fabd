/**
 * The bare baseline the crisis benchmarks compare with: node:http answering the same request as
 * the check-in endpoint (POST /api/checkin/<token> with a JSON body) with one INSERT, on a pg pool
 * of the same size as the server's. Run in a child process; prints `LISTENING <url>`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

const url = process.argv[2];
if (!url) throw new Error('usage: baseline.ts <database url>');
const pool = new pg.Pool({ connectionString: url, max: 10 });
await pool.query(`create table if not exists bench_baseline (
  id bigserial primary key, token text not null, status text not null,
  at timestamptz not null default now())`);

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    let status: unknown;
    try {
      status = (JSON.parse(body) as { status?: unknown }).status;
    } catch {
      status = undefined;
    }
    if (status !== 'safe' && status !== 'need_help') {
      res.writeHead(400).end();
      return;
    }
    const token = (req.url ?? '').split('/').pop() ?? '';
    pool.query('insert into bench_baseline (token, status) values ($1, $2)', [token, status]).then(
      () => {
        const out = JSON.stringify({ status, answeredAt: new Date() });
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(out),
        });
        res.end(out);
      },
      () => res.writeHead(500).end(),
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
