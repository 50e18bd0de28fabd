import { countryNameIn, type Locale } from '@fieldsafe/core';
import { today } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../http/errors.ts';
import { capAlert, capFeed, type CapAdvisory } from './cap.ts';
import {
  advisoryPlaces,
  countryByIdOrCode,
  currentAdvisories,
  findAdvisory,
  type AdvisoryRow,
} from './advisory.queries.ts';

/** Names, coordinates and security level of the advisories' places, in a few queries. */
async function toCap(db: Db, rows: AdvisoryRow[]): Promise<CapAdvisory[]> {
  if (rows.length === 0) return [];
  const locationIds = [...new Set(rows.map((r) => r.locationId))];
  const countryIds = [...new Set(rows.map((r) => r.countryId))];
  const { stations, areaRows, countryRows, levels } = await advisoryPlaces(
    db,
    locationIds,
    countryIds,
  );
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

/** One advisory as a CAP 1.2 alert document. */
export async function advisoryAlert(
  db: Db,
  id: string,
  links: { sender: string; web: string },
): Promise<string> {
  const row = await findAdvisory(db, id);
  if (!row) throw notFound('Travel advisory');
  const [advisory] = await toCap(db, [row]);
  if (!advisory) throw notFound('Travel advisory');
  return capAlert(advisory, { sender: links.sender, today: today(), web: links.web });
}

/** The Atom feed of a country's advisories in force or coming, in the reader's language. */
export async function countryAdvisoryFeed(
  db: Db,
  locale: Locale,
  key: string,
  origin: string,
): Promise<string> {
  const country = await countryByIdOrCode(db, key);
  if (!country) throw notFound('Country');
  const rows = await currentAdvisories(db, country.id, today());
  return capFeed(
    locale,
    { id: country.id, name: countryNameIn(country, locale), alpha2: country.alpha2 },
    await toCap(db, rows),
    {
      self: `${origin}/api/countries/${country.alpha2}/advisories.cap`,
      alert: (id) => `${origin}/api/advisories/${id}.cap`,
    },
    new Date(),
  );
}
