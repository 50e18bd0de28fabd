import { and, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { countryNameIn } from '@fieldsafe/core';
import { z } from 'zod';
import { today } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import {
  areas,
  countries,
  dutyStations,
  securityLevelDecisions,
  travelAdvisories,
} from '../db/schema/index.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import { notFound } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import { capAlert, capFeed, type CapAdvisory } from './cap.ts';

type AdvisoryRow = typeof travelAdvisories.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names, coordinates and security level of the advisories' places, in a few queries. */
async function toCap(db: Db, rows: AdvisoryRow[]): Promise<CapAdvisory[]> {
  if (rows.length === 0) return [];
  const locationIds = [...new Set(rows.map((r) => r.locationId))];
  const countryIds = [...new Set(rows.map((r) => r.countryId))];
  const [stations, areaRows, countryRows, levels] = await Promise.all([
    db.select().from(dutyStations).where(inArray(dutyStations.id, locationIds)),
    db.select().from(areas).where(inArray(areas.id, locationIds)),
    db.select().from(countries).where(inArray(countries.id, countryIds)),
    db
      .select()
      .from(securityLevelDecisions)
      .where(inArray(securityLevelDecisions.countryId, countryIds))
      .orderBy(desc(securityLevelDecisions.effectiveFrom)),
  ]);
  return rows.map((r) => {
    const station = stations.find((s) => s.id === r.locationId);
    const area = areaRows.find((a) => a.id === r.locationId);
    const country = countryRows.find((c) => c.id === r.countryId);
    // The level in force on the first day: the area's own decision wins over the country's.
    const inForce = levels.filter(
      (l) => l.countryId === r.countryId && l.effectiveFrom <= r.validFrom,
    );
    const level =
      inForce.find((l) => l.areaId === r.areaId) ?? inForce.find((l) => l.areaId === null) ?? null;
    return {
      id: r.id,
      title: r.title,
      body: r.body,
      validFrom: r.validFrom,
      validUntil: r.validUntil,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      countryName: country?.nameEn ?? '',
      countryAlpha2: country?.alpha2 ?? '',
      locationName: station?.name ?? area?.name ?? '',
      latitude: station?.latitude ?? null,
      longitude: station?.longitude ?? null,
      level: level?.level ?? null,
    };
  });
}

/**
 * Travel advisories as CAP 1.2 (README "Travel advisories as CAP 1.2"): one `<alert>` per
 * advisory and an Atom feed per country. Advisories are for every signed-in user, so both only
 * require a session or an API token (feed readers use `Authorization: Bearer`).
 */
export function registerCapRoutes(app: App, db: Db) {
  const base = (req: { protocol: string; host: string }) => `${req.protocol}://${req.host}`;
  const sender = (req: { hostname: string }) =>
    `fieldsafe@${req.hostname.replace(/[^A-Za-z0-9.-]/g, '') || 'localhost'}`;

  app.get('/api/advisories/:id.cap', {
    schema: {
      tags: ['travel'],
      summary: 'A travel advisory as an OASIS CAP 1.2 alert (application/cap+xml)',
      params: IdParams,
    },
    handler: async (req, reply) => {
      actorOf(req);
      const [row] = await db
        .select()
        .from(travelAdvisories)
        .where(eq(travelAdvisories.id, req.params.id));
      if (!row) throw notFound('Travel advisory');
      const [advisory] = await toCap(db, [row]);
      if (!advisory) throw notFound('Travel advisory');
      return reply
        .header('content-type', 'application/cap+xml; charset=utf-8')
        .send(
          capAlert(advisory, { sender: sender(req), today: today(), web: `${base(req)}/travel` }),
        );
    },
  });

  app.get('/api/countries/:country/advisories.cap', {
    schema: {
      tags: ['travel'],
      summary:
        'Atom feed of a country’s advisories in force or coming; each entry links to its CAP 1.2 alert',
      params: z.object({
        country: z
          .string()
          .trim()
          .regex(
            /^([A-Za-z0-9]{2,12}|[0-9a-fA-F-]{36})$/,
            'must be a country id or ISO alpha-2 code',
          ),
      }),
    },
    handler: async (req, reply) => {
      // The feed's title in the language of the user (or API token owner) reading it.
      const { locale } = actorOf(req);
      const key = req.params.country;
      const [country] = await db
        .select()
        .from(countries)
        .where(
          UUID.test(key)
            ? eq(countries.id, key)
            : sql`upper(${countries.alpha2}) = ${key.toUpperCase()}`,
        );
      if (!country) throw notFound('Country');
      const day = today();
      const rows = await db
        .select()
        .from(travelAdvisories)
        .where(
          and(
            eq(travelAdvisories.countryId, country.id),
            or(isNull(travelAdvisories.validUntil), gte(travelAdvisories.validUntil, day)),
          ),
        )
        .orderBy(desc(travelAdvisories.validFrom), desc(travelAdvisories.createdAt))
        .limit(200);
      const origin = base(req);
      return reply.header('content-type', 'application/atom+xml; charset=utf-8').send(
        capFeed(
          locale,
          { id: country.id, name: countryNameIn(country, locale), alpha2: country.alpha2 },
          await toCap(db, rows),
          {
            self: `${origin}/api/countries/${country.alpha2}/advisories.cap`,
            alert: (id) => `${origin}/api/advisories/${id}.cap`,
          },
          new Date(),
        ),
      );
    },
  });
}
