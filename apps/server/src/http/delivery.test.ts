import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
