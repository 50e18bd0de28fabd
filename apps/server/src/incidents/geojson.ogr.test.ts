import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const OGRINFO = '/usr/bin/ogrinfo';
// GDAL checks the export as QGIS would read it; CI installs gdal-bin and must run this.
const skip = !existsSync(OGRINFO) && !process.env.CI;

describe.skipIf(skip)('GeoJSON export read by GDAL', () => {
  let t: TestApp;
  let w: World;
  let csa: Client;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
    for (const [lat, lon] of [
      [4.81, 7.05],
      [-1.95, 30.06],
    ]) {
      await csa.post('/api/incidents', {
        category: 'INTIMIDATION',
        occurredAt: '2026-01-10T09:00:00Z',
        countryId: w.country.id,
        latitude: lat,
        longitude: lon,
        personnelAffected: 1,
        title: 'Threats at "the gate", north side',
        narrative: 'Étrange — unicode & quotes',
      });
    }
  });

  it('ogrinfo opens the GeoJSON export without error and finds every point', async () => {
    const res = await csa.get(`/api/incidents/export.geojson?countryId=${w.country.id}`);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fieldsafe-ogr-'));
    try {
      const file = path.join(dir, 'incidents.geojson');
      await writeFile(file, JSON.stringify(res.body));
      const { stdout, stderr } = await promisify(execFile)(OGRINFO, ['-ro', '-al', '-so', file]);
      expect(stderr).toBe('');
      expect(stdout).toContain('Geometry: Point');
      expect(stdout).toContain('Feature Count: 2');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
