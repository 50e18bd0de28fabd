/**
 * The bare read baseline the read benchmarks compare with: node:http answering `GET /<i>` with
 * one indexed SELECT (query i of BENCH_READ_QUERIES, a JSON array of `{ sql, params }`: the same
 * rows the measured endpoint returns) sent back as JSON, on a pg pool of the server's size.
 * Run in a child process; prints `LISTENING <url>`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

const url = process.argv[2];
if (!url) throw new Error('usage: readbase.ts <database url>');
const queries = JSON.parse(process.env.BENCH_READ_QUERIES ?? '[]') as {
  sql: string;
  params: unknown[];
}[];
const pool = new pg.Pool({ connectionString: url, max: 10 });

const server = http.createServer((req, res) => {
  const q = queries[Number((req.url ?? '').slice(1).split('?')[0])];
  if (!q) {
    res.writeHead(404).end();
    return;
  }
  pool.query(q.sql, q.params).then(
    (r) => {
      const out = JSON.stringify({ items: r.rows });
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(out),
      });
      res.end(out);
    },
    (e: unknown) => {
      console.error(e);
      res.writeHead(500).end();
    },
  );
});
server.listen(0, '127.0.0.1', () => {
  console.log(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
