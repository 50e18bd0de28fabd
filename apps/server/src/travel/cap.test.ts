import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { dutyStations, securityLevelDecisions } from '../db/schema/index.ts';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { capDateTime, coordinate, severityOf, urgencyOf, xmlDocument } from './cap.ts';

const XMLLINT = '/usr/bin/xmllint';
// The official OASIS schema, copied into the repository (origin: /work/shared/standards).
const XSD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'CAP-v1.2.xsd');
// CI installs libxml2-utils and must run the schema validation; locally it may be absent.
const skip = !existsSync(XMLLINT) && !process.env.CI;
const run = promisify(execFile);

describe('CAP building blocks', () => {
  const xml = (text: string, attribute = '') =>
    xmlDocument().ele('x', { a: attribute }).txt(text).end({ headless: true });
  it('escapes XML special characters in text and attributes and keeps non-ASCII text', () => {
    expect(xml(`<&>"'`, `<&>"`)).toBe(`<x a="&lt;&amp;&gt;&quot;">&lt;&amp;&gt;"'</x>`);
    expect(xml('Bouaké — «Nord» 北区')).toBe('<x a="">Bouaké — «Nord» 北区</x>');
  });
  it('drops characters XML 1.0 cannot carry', () => {
    expect(xml('a\u0000b\u001Fc\td\uD800')).toBe('<x a="">abc\td</x>');
  });
  it('writes dateTime in CAP form: seconds, no fraction, explicit offset', () => {
    expect(capDateTime(new Date('2026-11-24T10:00:00.123Z'))).toBe('2026-11-24T10:00:00+00:00');
  });
  it('writes coordinates as plain decimals, never in exponent notation', () => {
    expect([7.6906, -5.0303, 1e-7, -1e-7, 10, 12.3456789].map(coordinate)).toEqual([
      '7.6906',
      '-5.0303',
      '0',
      '0',
      '10',
      '12.345679',
    ]);
  });
  it('maps the 1–6 security level to CAP severity; other scales are Unknown', () => {
    expect(['1', '2', '3', '4', '5', '6', 'Phase III', null].map(severityOf)).toEqual([
      'Minor',
      'Minor',
      'Moderate',
      'Severe',
      'Severe',
      'Extreme',
      'Unknown',
      'Unknown',
    ]);
  });
  it('an advisory in force is Immediate, a coming one Future, an ended one Past', () => {
    expect(urgencyOf('2026-01-01', null, '2026-05-01')).toBe('Immediate');
    expect(urgencyOf('2026-06-01', null, '2026-05-01')).toBe('Future');
    expect(urgencyOf('2026-01-01', '2026-02-01', '2026-05-01')).toBe('Past');
  });
});

describe.skipIf(skip)(
  'travel advisories as CAP 1.2, validated by xmllint against the OASIS schema',
  () => {
    let t: TestApp;
    let w: World;
    let csa: Client;
    let staff: Client;
    const ids: string[] = [];
    let dir: string;

    async function validate(xml: string, name: string) {
      const file = path.join(dir, name);
      await writeFile(file, xml, 'utf8');
      const { stderr } = await run(XMLLINT, ['--noout', '--schema', XSD, file]);
      expect(stderr).toContain('validates');
    }

    beforeAll(async () => {
      t = await testApp();
      const db = t.database.db;
      w = await buildWorld(db);
      await db
        .update(dutyStations)
        .set({ latitude: 7.6906, longitude: -5.0303, name: `Bouaké "Nord" <&> l'île` })
        .where(eq(dutyStations.id, w.town.id));
      await db.insert(securityLevelDecisions).values({
        countryId: w.country.id,
        areaId: w.north.id,
        scale: 'security_level_1_6',
        level: '5',
        effectiveFrom: '2020-01-01',
        reason: 'Armed conflict',
        decidedBy: 'DO',
      });
      csa = await signIn(t.app, (await buildUser(db, w, 'CSA')).email);
      staff = await signIn(t.app, (await buildUser(db, w, 'staff')).email);
      for (const advisory of [
        {
          locationId: w.town.id,
          title: `Curfew <22:00> & checkpoints "A" 'B'`,
          body: 'Évitez la route N°3 — 検問所 ✓. Move only in convoys & report at <the gate>.',
          validFrom: '2026-01-10',
          validUntil: '2099-12-31',
        },
        {
          locationId: w.capital.id,
          title: 'Demonstrations in the capital',
          body: 'No end date set.',
          validFrom: '2026-02-01',
          validUntil: null,
        },
        {
          locationId: w.city.id,
          title: 'Road closures',
          body: 'Plain advisory.',
          validFrom: '2098-01-01',
          validUntil: null,
        },
      ]) {
        const res = await csa.post('/api/travel/advisories', advisory);
        expect(res.status).toBe(201);
        ids.push(res.body.id);
      }
      dir = await mkdtemp(path.join(os.tmpdir(), 'fieldsafe-cap-'));
      return () => rm(dir, { recursive: true, force: true });
    });

    it('each advisory is a CAP 1.2 alert that validates against the official schema', async () => {
      for (const [i, id] of ids.entries()) {
        const res = await staff.get(`/api/advisories/${id}.cap`);
        expect(res.status).toBe(200);
        expect(String(res.headers['content-type'])).toContain('application/cap+xml');
        const xml = String(res.body);
        expect(xml).toContain('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">');
        expect(xml).toContain(`<identifier>fieldsafe-advisory-${id}</identifier>`);
        expect(xml).toMatch(/<sent>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00<\/sent>/);
        await validate(xml, `alert-${i}.xml`);
      }
    });

    it('special characters are escaped, coordinates become a point and the level a severity', async () => {
      const xml = String((await staff.get(`/api/advisories/${ids[0]}.cap`)).body);
      // Quotes need no escaping in element text.
      expect(xml).toContain(`Curfew &lt;22:00&gt; &amp; checkpoints "A" 'B'`);
      expect(xml).toContain('検問所 ✓');
      expect(xml).toContain('<circle>7.6906,-5.0303 0</circle>');
      expect(xml).toContain('<severity>Severe</severity>');
      expect(xml).toContain('<urgency>Immediate</urgency>');
      expect(xml).toContain('<expires>2099-12-31T23:59:59+00:00</expires>');
      expect(xml).toContain('<scope>Restricted</scope>');
    });

    it('an advisory without an end date has no expires; a future one is Future', async () => {
      const open = String((await staff.get(`/api/advisories/${ids[1]}.cap`)).body);
      expect(open).not.toContain('<expires>');
      expect(open).toContain('<effective>2026-02-01T00:00:00+00:00</effective>');
      const future = String((await staff.get(`/api/advisories/${ids[2]}.cap`)).body);
      expect(future).toContain('<urgency>Future</urgency>');
    });

    it('the country feed (by id or ISO code) is well-formed Atom linking to each CAP alert', async () => {
      const res = await staff.get(
        `/api/countries/${w.country.alpha2.toLowerCase()}/advisories.cap`,
      );
      expect(res.status).toBe(200);
      expect(String(res.headers['content-type'])).toContain('application/atom+xml');
      const feed = String(res.body);
      const file = path.join(dir, 'feed.xml');
      await writeFile(file, feed, 'utf8');
      await run(XMLLINT, ['--noout', file]);
      const links = [...feed.matchAll(/href="[^"]*(\/api\/advisories\/[0-9a-f-]+\.cap)"/g)].map(
        (m) => m[1],
      );
      expect(links).toHaveLength(3);
      for (const [i, link] of links.entries()) {
        await validate(String((await staff.get(link ?? '')).body), `entry-${i}.xml`);
      }
      const byId = await staff.get(`/api/countries/${w.country.id}/advisories.cap`);
      expect(byId.status).toBe(200);
    });

    it('unknown advisory or country: 404; signed out: 401', async () => {
      expect(
        (await staff.get('/api/advisories/00000000-0000-4000-8000-000000000000.cap')).status,
      ).toBe(404);
      expect((await staff.get('/api/countries/ZZ/advisories.cap')).status).toBe(404);
      const anon = await t.app.inject({ method: 'GET', url: `/api/advisories/${ids[0]}.cap` });
      expect(anon.statusCode).toBe(401);
    });
  },
);
