import { can, normalisePhone } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { recordAudit, type AuditEntry } from '../audit/audit.service.ts';
import { readCsvTable } from '../common/csv.ts';
import { invalid } from '../http/errors.ts';
import {
  importReferences,
  personnelByStaffIds,
  upsertPersonnel,
  type PersonInsert,
  type PersonRecord,
} from './import.queries.ts';
import { ImportRow, IMPORT_COLUMNS, REQUIRED_COLUMNS } from './import.schema.ts';
import { findCountry } from './lookups.queries.ts';

export interface ImportIssue {
  line: number;
  field: string;
  message: string;
}

export interface ImportSummary {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportIssue[];
  preview: {
    line: number;
    action: 'create' | 'update' | 'unchanged';
    staffId: string;
    name: string;
  }[];
}

/** The columns an import compares and writes. */
const COMPARED = [
  'givenName',
  'familyName',
  'category',
  'contractType',
  'staffType',
  'managementLevel',
  'email',
  'phone',
  'radioCallSign',
  'gender',
  'dutyStationId',
  'areaId',
  'zoneId',
  'essential',
  'status',
] as const;

export function createImportService(db: Db) {
  return {
    /**
     * Imports an HR export of personnel for one country. Rows are matched on organization and
     * staff id, so the same file imported twice changes nothing. Any error → nothing is written.
     */
    async importPersonnel(
      actor: RequestActor,
      countryId: string,
      csv: string,
      dryRun: boolean,
    ): Promise<ImportSummary> {
      const country = await findCountry(db, countryId);
      if (!country || !can(actor, 'structure.read', { countryId }))
        throw invalid('query.countryId', 'unknown country');

      const table = readCsvTable(csv, {
        required: REQUIRED_COLUMNS,
        allowed: IMPORT_COLUMNS,
        maxRows: 100_000,
      });

      const { orgRows, stationRows, zoneRows } = await importReferences(db, countryId);
      const orgByCode = new Map(orgRows.map((o) => [o.code.toLowerCase(), o.id]));
      const stationByName = new Map(stationRows.map((s) => [s.name.toLowerCase(), s]));
      const zoneByName = new Map(
        zoneRows.map((z) => [`${z.dutyStationId}|${z.name.toLowerCase()}`, z.id]),
      );

      const errors: ImportIssue[] = [];
      const seen = new Map<string, number>();
      const parsed: { line: number; values: PersonInsert & { staffId: string } }[] = [];
      table.rows.forEach(({ line, values }) => {
        const result = ImportRow.safeParse(values);
        if (!result.success) {
          for (const issue of result.error.issues)
            errors.push({ line, field: String(issue.path[0] ?? 'row'), message: issue.message });
          return;
        }
        const r = result.data;
        const organizationId = orgByCode.get(r.organization.toLowerCase());
        const station = stationByName.get(r.duty_station.toLowerCase());
        if (!organizationId)
          errors.push({
            line,
            field: 'organization',
            message: `unknown organization code "${r.organization}"`,
          });
        if (!station)
          errors.push({
            line,
            field: 'duty_station',
            message: `no duty station "${r.duty_station}" in ${country.nameEn}`,
          });
        const zoneId =
          station && r.zone ? zoneByName.get(`${station.id}|${r.zone.toLowerCase()}`) : null;
        if (station && r.zone && !zoneId)
          errors.push({
            line,
            field: 'zone',
            message: `no warden zone "${r.zone}" at ${station.name}`,
          });
        if (!organizationId || !station || zoneId === undefined) return;
        const key = `${organizationId}|${r.staff_id}`;
        const earlier = seen.get(key);
        if (earlier) {
          errors.push({
            line,
            field: 'staff_id',
            message: `duplicates line ${earlier} (same organization and staff id)`,
          });
          return;
        }
        seen.set(key, line);
        // E.164, read in the country's numbering plan when written without a prefix.
        let phone = r.phone;
        if (phone) {
          const normal = normalisePhone(phone, country.alpha2);
          if (!normal.ok) {
            errors.push({ line, field: 'phone', message: `"${phone}" ${normal.reason}` });
            return;
          }
          phone = normal.e164;
        }
        const keys = { countryId, areaId: station.areaId, zoneId, organizationId };
        if (!can(actor, 'personnel.write', keys)) {
          errors.push({
            line,
            field: 'organization',
            message: `you may not import personnel of ${r.organization} at ${station.name}`,
          });
          return;
        }
        parsed.push({
          line,
          values: {
            kind: 'personnel',
            staffId: r.staff_id,
            organizationId,
            category: r.category,
            contractType: r.contract_type,
            staffType: r.staff_type,
            managementLevel: r.management_level,
            givenName: r.given_name,
            familyName: r.family_name,
            email: r.email,
            phone,
            radioCallSign: r.radio_call_sign,
            gender: r.gender,
            countryId,
            areaId: station.areaId,
            dutyStationId: station.id,
            zoneId,
            essential: r.essential,
            status: r.status,
          },
        });
      });

      const existing = new Map<string, PersonRecord>();
      const staffIds = parsed.map((p) => p.values.staffId);
      for (let i = 0; i < staffIds.length; i += 5000) {
        // Not limited to this country: a staff member known elsewhere is moved here, not duplicated.
        const rows = await personnelByStaffIds(db, staffIds.slice(i, i + 5000));
        for (const row of rows) existing.set(`${row.organizationId}|${row.staffId}`, row);
      }
      const summary: ImportSummary = {
        dryRun,
        rows: table.rows.length,
        created: 0,
        updated: 0,
        unchanged: 0,
        errors,
        preview: [],
      };
      const writes: typeof parsed = [];
      const audit: AuditEntry[] = [];
      for (const p of parsed) {
        const before = existing.get(`${p.values.organizationId}|${p.values.staffId}`);
        // Columns added later (staff_type, management_level) keep the stored value when a file
        // does not carry them, so an older HR export does not wipe them.
        if (!table.columns.includes('staff_type')) p.values.staffType = before?.staffType ?? null;
        if (!table.columns.includes('management_level'))
          p.values.managementLevel = before?.managementLevel ?? null;
        const changed =
          !before || COMPARED.some((k) => (before[k] ?? null) !== (p.values[k] ?? null));
        const action = !before ? 'create' : changed ? 'update' : 'unchanged';
        summary[action === 'create' ? 'created' : action === 'update' ? 'updated' : 'unchanged'] +=
          1;
        if (summary.preview.length < 200)
          summary.preview.push({
            line: p.line,
            action,
            staffId: p.values.staffId,
            name: `${p.values.givenName} ${p.values.familyName}`,
          });
        if (changed) writes.push(p);
      }
      if (errors.length > 0 || dryRun) return summary;

      await db.transaction(async (tx) => {
        for (let i = 0; i < writes.length; i += 1000) {
          const chunk = writes.slice(i, i + 1000).map((w) => w.values);
          const rows = await upsertPersonnel(tx, chunk, COMPARED);
          for (const row of rows) {
            const before = existing.get(`${row.organizationId}|${row.staffId}`);
            audit.push({
              action: before ? 'person.update' : 'person.create',
              entity: 'person',
              entityId: row.id,
              countryId,
              organizationId: row.organizationId,
              before: before ?? null,
              after: row,
            });
          }
        }
        await recordAudit(tx, actor, [
          ...audit,
          {
            action: 'personnel.import',
            entity: 'import',
            entityId: countryId,
            countryId,
            after: {
              created: summary.created,
              updated: summary.updated,
              unchanged: summary.unchanged,
            },
          },
        ]);
      });
      return summary;
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
