import { can, isIsoDate } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import { today } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findCountry } from '../registry/lookups.queries.ts';
import type { Db } from '../db/client.ts';
import { readCsvTable } from '../common/csv.ts';
import { invalid } from '../http/errors.ts';
import {
  existingCertificates,
  insertCertificatesIfNew,
  organizationCodes,
  personnelOf,
  type CertificateInsert,
} from './training.queries.ts';
import { keysOf, loadCatalogue } from './training.service.ts';

export const CERTIFICATE_COLUMNS = [
  'staff_id',
  'organization',
  'course',
  'issued_on',
  'expires_on',
  'refresher_months',
] as const;
const REQUIRED = ['staff_id', 'organization', 'course', 'issued_on'] as const;

export interface CertificateImportIssue {
  line: number;
  field: string;
  message: string;
}

/**
 * Imports certificates from a learning-system export for personnel of one country: dry run
 * previews, errors name line and field, all rows or none, and rows match on person (organization
 * + staff id) + course + issue date, so importing the same file twice changes nothing.
 */
export function createCertificateImportService(db: Db) {
  return {
    async importCertificates(actor: RequestActor, countryId: string, csv: string, dryRun: boolean) {
      const country = await findCountry(db, countryId);
      if (!country || !can(actor, 'structure.read', { countryId }))
        throw invalid('query.countryId', 'unknown country');
      const table = readCsvTable(csv, {
        required: REQUIRED,
        allowed: CERTIFICATE_COLUMNS,
        maxRows: 200_000,
      });

      const [orgRows, personRows, catalogue] = await Promise.all([
        organizationCodes(db),
        personnelOf(db, countryId),
        loadCatalogue(db),
      ]);
      const orgByCode = new Map(orgRows.map((o) => [o.code.toLowerCase(), o.id]));
      const personByKey = new Map(personRows.map((p) => [`${p.organizationId}|${p.staffId}`, p]));
      const errors: CertificateImportIssue[] = [];
      const seen = new Map<string, number>();
      const rows: {
        line: number;
        key: string;
        values: CertificateInsert;
      }[] = [];
      const day = today();
      table.rows.forEach(({ line, values }) => {
        const r = Object.fromEntries(
          Object.entries(values).map(([k, v]) => [k, String(v).trim()]),
        ) as typeof values;
        const err = (field: string, message: string) => errors.push({ line, field, message });
        const orgId = orgByCode.get((r.organization ?? '').toLowerCase());
        if (!orgId)
          return err('organization', `unknown organization code "${r.organization ?? ''}"`);
        const p = personByKey.get(`${orgId}|${r.staff_id ?? ''}`);
        if (!p)
          return err(
            'staff_id',
            `no personnel with staff id "${r.staff_id ?? ''}" of ${r.organization} in ${country.nameEn}`,
          );
        if (!can(actor, 'training.write', keysOf(p)))
          return err('staff_id', `you may not record training for ${r.staff_id}`);
        const course = (r.course ?? '').toUpperCase();
        if (!catalogue.has(course)) return err('course', `unknown course "${r.course ?? ''}"`);
        const issuedOn = r.issued_on ?? '';
        if (!isIsoDate(issuedOn)) return err('issued_on', 'must be a date YYYY-MM-DD');
        if (issuedOn > day) return err('issued_on', 'must not be in the future');
        const expiresOn = r.expires_on ? r.expires_on : null;
        if (expiresOn !== null && (!isIsoDate(expiresOn) || expiresOn <= issuedOn))
          return err('expires_on', 'must be a date YYYY-MM-DD after issued_on');
        const refresher = r.refresher_months ? Number(r.refresher_months) : null;
        if (refresher !== null && (!Number.isInteger(refresher) || refresher < 1))
          return err('refresher_months', 'must be a whole number of months, 1 or more');
        const key = `${p.id}|${course}|${issuedOn}`;
        const earlier = seen.get(key);
        if (earlier)
          return err(
            'issued_on',
            `duplicates line ${earlier} (same person, course and issue date)`,
          );
        seen.set(key, line);
        rows.push({
          line,
          key,
          values: {
            personId: p.id,
            course,
            issuedOn,
            expiresOn,
            refresherMonths: refresher,
            source: 'import',
          },
        });
      });

      const existing = new Set<string>();
      const ids = [...new Set(rows.map((r) => r.values.personId))];
      // Only the courses in the file can match, so a person's other certificates are not loaded.
      const courses = [...new Set(rows.map((r) => r.values.course))];
      for (let i = 0; i < ids.length; i += 5000) {
        const found = await existingCertificates(db, ids.slice(i, i + 5000), courses);
        for (const f of found) existing.add(`${f.personId}|${f.course}|${f.issuedOn}`);
      }
      const writes = rows.filter((r) => !existing.has(r.key));
      const summary = {
        dryRun,
        rows: table.rows.length,
        created: writes.length,
        unchanged: rows.length - writes.length,
        errors,
      };
      if (errors.length > 0 || dryRun || writes.length === 0) return summary;
      await db.transaction(async (tx) => {
        for (let i = 0; i < writes.length; i += 2000) {
          await insertCertificatesIfNew(
            tx,
            writes.slice(i, i + 2000).map((w) => w.values),
          );
        }
        await recordAudit(tx, actor, {
          action: 'certificates.import',
          entity: 'import',
          entityId: countryId,
          countryId,
          after: { created: summary.created, unchanged: summary.unchanged },
        });
      });
      return summary;
    },
  };
}

export type CertificateImportService = ReturnType<typeof createCertificateImportService>;
