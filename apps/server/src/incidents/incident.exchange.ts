import { can, INCIDENT_CATEGORY_CODES, incidentCategory } from '@fieldsafe/core';
import { and, asc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { countries, incidents, organizations } from '../db/schema/index.ts';
import { CLASSIFICATIONS } from '../db/schema/common.ts';
import { readCsvTable, toCsv } from '../common/csv.ts';
import { incidentVisible } from './incident.queries.ts';
import type { IncidentFilter } from './incident.schema.ts';

export const INCIDENT_COLUMNS = [
  'category',
  'occurred_at',
  'country',
  'personnel_affected',
  'organization',
  'title',
  'narrative',
  'classification',
  'latitude',
  'longitude',
  'place',
] as const;

const blank = (v: unknown) => (v === '' || v === undefined ? null : v);
const Row = z.object({
  category: z.enum(INCIDENT_CATEGORY_CODES, 'is not a known incident category code'),
  occurred_at: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date or date-time (ISO 8601)'),
  country: z.string().regex(/^[A-Za-z0-9]{2,6}$/, 'must be an ISO 3166 alpha-2 country code'),
  personnel_affected: z.preprocess(
    (v) => (v === '' || v === undefined ? '1' : v),
    z
      .string()
      .regex(/^\d{1,6}$/, 'must be a whole number')
      .transform(Number),
  ),
  organization: z.preprocess(blank, z.string().nullable()),
  title: z.string().min(1, 'is required').max(200),
  narrative: z.preprocess(
    (v) => (v === '' || v === undefined ? '(imported)' : v),
    z.string().max(20_000),
  ),
  classification: z.preprocess(
    (v) => (v === '' || v === undefined ? 'restricted' : v),
    z.enum(CLASSIFICATIONS, `must be one of ${CLASSIFICATIONS.join(', ')}`),
  ),
  latitude: z.preprocess(blank, z.coerce.number('must be a number').min(-90).max(90).nullable()),
  longitude: z.preprocess(blank, z.coerce.number('must be a number').min(-180).max(180).nullable()),
  place: z.preprocess(blank, z.string().max(300).nullable()),
});

export interface IncidentImportResult {
  rows: number;
  imported: number;
  dryRun: boolean;
  errors: { line: number; field: string; message: string }[];
}

/** Imports historic or external incident records; every row or none. */
export async function importIncidents(
  db: Db,
  actor: RequestActor,
  csv: string,
  dryRun: boolean,
): Promise<IncidentImportResult> {
  const table = readCsvTable(csv, {
    required: ['category', 'occurred_at', 'country', 'title'],
    maxRows: 200_000,
  });
  const [countryRows, orgRows] = await Promise.all([
    db.select().from(countries),
    db.select().from(organizations),
  ]);
  const countryByCode = new Map(countryRows.map((c) => [c.alpha2, c.id]));
  const orgByCode = new Map(orgRows.map((o) => [o.code.toLowerCase(), o.id]));
  const errors: IncidentImportResult['errors'] = [];
  const values: (typeof incidents.$inferInsert)[] = [];
  table.rows.forEach(({ line, values: cells }) => {
    const parsed = Row.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ line, field: String(issue.path[0] ?? 'row'), message: issue.message });
      return;
    }
    const r = parsed.data;
    const countryId = countryByCode.get(r.country.toUpperCase());
    if (!countryId)
      return void errors.push({
        line,
        field: 'country',
        message: `unknown country code ${r.country}`,
      });
    const organizationId = r.organization ? orgByCode.get(r.organization.toLowerCase()) : null;
    if (organizationId === undefined)
      return void errors.push({
        line,
        field: 'organization',
        message: `unknown organization code ${r.organization}`,
      });
    if (!can(actor, 'incident.manage', { countryId, organizationId }))
      return void errors.push({
        line,
        field: 'country',
        message: `you may not record incidents in ${r.country}`,
      });
    values.push({
      category: r.category,
      nature: incidentCategory(r.category)?.nature ?? 'security',
      occurredAt: new Date(r.occurred_at),
      timeZone: 'UTC',
      countryId,
      organizationId,
      personnelAffected: r.personnel_affected,
      title: r.title,
      narrative: r.narrative,
      classification: r.classification,
      latitude: r.latitude,
      longitude: r.longitude,
      place: r.place,
      status: 'verified',
      reportedBy: actor.userId,
      reportedAt: new Date(),
    });
  });
  const result = { rows: table.rows.length, imported: 0, dryRun, errors };
  if (errors.length || dryRun) return result;
  await db.transaction(async (tx) => {
    for (let i = 0; i < values.length; i += 1000)
      await tx.insert(incidents).values(values.slice(i, i + 1000));
    await recordAudit(tx, actor, {
      action: 'incident.import',
      entity: 'import',
      entityId: `incidents:${Date.now()}`,
      after: { rows: values.length },
    });
  });
  return { ...result, imported: values.length };
}

function exportRows(db: Db, actor: RequestActor, f: Partial<IncidentFilter>) {
  return db
    .select({ i: incidents, country: countries.alpha2, organization: organizations.code })
    .from(incidents)
    .innerJoin(countries, eq(countries.id, incidents.countryId))
    .leftJoin(organizations, eq(organizations.id, incidents.organizationId))
    .where(
      and(
        incidentVisible(actor),
        ne(incidents.status, 'draft'),
        f.countryId ? eq(incidents.countryId, f.countryId) : undefined,
        f.category ? eq(incidents.category, f.category) : undefined,
      ),
    )
    .orderBy(asc(incidents.occurredAt))
    .limit(200_000);
}

const text = (v: unknown): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v);

/** CSV in the import format (plus id and status), so an export can be re-imported elsewhere. */
export async function exportIncidentsCsv(
  db: Db,
  actor: RequestActor,
  f: Partial<IncidentFilter>,
): Promise<string> {
  const rows = await exportRows(db, actor, f);
  return toCsv([
    ['id', ...INCIDENT_COLUMNS, 'status'],
    ...rows.map(({ i, country, organization }) =>
      [
        i.id,
        i.category,
        i.occurredAt,
        country,
        i.personnelAffected,
        organization,
        i.title,
        i.narrative,
        i.classification,
        i.latitude,
        i.longitude,
        i.place,
        i.status,
      ].map(text),
    ),
  ]);
}

/** RFC 7946 GeoJSON: WGS 84 longitude-latitude points; incidents without coordinates are left out. */
export async function exportIncidentsGeoJson(
  db: Db,
  actor: RequestActor,
  f: Partial<IncidentFilter>,
) {
  const rows = await exportRows(db, actor, f);
  return {
    type: 'FeatureCollection' as const,
    features: rows
      .filter(({ i }) => i.latitude !== null && i.longitude !== null)
      .map(({ i, country, organization }) => ({
        type: 'Feature' as const,
        id: i.id,
        geometry: {
          type: 'Point' as const,
          coordinates: [i.longitude as number, i.latitude as number],
        },
        properties: {
          category: i.category,
          nature: i.nature,
          occurred_at: i.occurredAt.toISOString(),
          country,
          organization,
          personnel_affected: i.personnelAffected,
          fatalities: i.fatalities,
          injuries: i.injuries,
          title: i.title,
          status: i.status,
          classification: i.classification,
        },
      })),
  };
}
