import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { App } from './types.ts';
import { testDatabase } from '../../test/harness.ts';

describe('delivery on a slow link', () => {
  let app: App;
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'fs-web-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(dist, 'assets', 'main-abc123.js'), 'console.log(1);\n'.repeat(500));
    const database = await testDatabase();
    app = await buildApp(database, {
      secureCookies: false,
      sessionHours: 1,
      webDist: dist,
      logLevel: 'silent',
    });
    // An answer of about 20 KB, as a list page's.
    app.get('/api/test/list', async () => ({
      items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `Duty station ${i}` })),
    }));
    await app.ready();
    afterAll(async () => {
      await app.close();
      await database.close();
      await rm(dist, { recursive: true, force: true });
    });
  });

  it('compresses JSON responses with brotli or gzip as the client accepts', async () => {
    const br = await app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    const gz = await app.inject({
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('compresses an answer held in memory in line: the same JSON back, a length, Vary: accept-encoding', async () => {
    const plain = await app.inject({ url: '/api/test/list' });
    for (const [accept, encoding, decode] of [
      ['br;q=1, gzip;q=0.5', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
      ['x-gzip', 'gzip', gunzipSync],
      ['deflate', 'deflate', inflateSync],
    ] as const) {
      const res = await app.inject({
        url: '/api/test/list',
        headers: { 'accept-encoding': accept },
      });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/);
      expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(decode(res.rawPayload).toString()).toBe(plain.body);
    }
    // Under 1 KB, or asked not to: sent as it is.
    const small = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    const refused = await app.inject({
      url: '/api/test/list',
      headers: { 'accept-encoding': 'gzip', 'x-no-compression': '1' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('serves hashed assets as immutable for a year and the HTML shell as no-cache', async () => {
    const asset = await app.inject({
      url: '/assets/main-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    const shell = await app.inject({ url: '/people' });
    expect(shell.statusCode).toBe(200);
    expect(shell.headers['cache-control']).toBe('no-cache');
  });
});
