import { labelFrom } from '../common/localized.ts';
import {
  CORE_COURSES,
  certificateExpiry,
  certificateStatus,
  courseCatalogue,
  can,
  scopesFor,
  trainingReport,
  EXPIRING_WITHIN_DAYS,
  type CourseCatalogue,
} from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import { today } from '../access/actor.ts';
import type { Db, Executor } from '../db/client.ts';
import { findDutyStation, findPersonRow } from '../registry/lookups.queries.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalid, notFound } from '../http/errors.ts';
import { loadPlaces } from '../travel/travel.queries.ts';
import { loadTrainingIndicators } from './indicators.queries.ts';
import type { CertificateInput } from './training.schema.ts';
import {
  addedCourses,
  certificatesOf,
  findBriefing,
  insertBriefing,
  insertCertificate,
  insertCourse,
  insertExemption,
  mandatesInForce,
  markBriefingAcknowledged,
  organizationCodes,
  replaceMandate,
  sameDayCertificates,
  trainingOfPerson,
  visibleExemptions,
  visiblePersonnel,
  type CertificateRow,
  type PersonRow,
} from './training.queries.ts';

export const keysOf = (p: PersonRow) => ({
  countryId: p.countryId,
  areaId: p.areaId,
  zoneId: p.zoneId,
  organizationId: p.organizationId,
  personId: p.id,
});

export async function loadCatalogue(ex: Executor): Promise<CourseCatalogue> {
  const others = await addedCourses(ex);
  return courseCatalogue(
    others.map((c) => ({
      code: c.code,
      name: labelFrom(c.nameEn, { ...c.names, fr: c.nameFr }),
      validityMonths: c.validityMonths,
    })),
  );
}

export function presentCertificate(c: CertificateRow, catalogue: CourseCatalogue) {
  const cert = { ...c, course: c.course };
  return {
    id: c.id,
    personId: c.personId,
    course: c.course,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    refresherMonths: c.refresherMonths,
    source: c.source,
    validUntil: certificateExpiry(cert, catalogue),
    status: certificateStatus(cert, today(), catalogue),
  };
}

export function createTrainingService(db: Db) {
  async function person(ex: Executor, actor: RequestActor, id: string) {
    const p = await findPersonRow(ex, id);
    if (!p || !(p.id === actor.personId || can(actor, 'training.read', keysOf(p))))
      throw notFound('Person');
    return p;
  }

  return {
    /** Indicators for core and specialized training by staff type and management level. */
    indicators: (actor: RequestActor, countryId: string | undefined) =>
      loadTrainingIndicators(db, actor, countryId),

    async courses() {
      const catalogue = await loadCatalogue(db);
      return {
        items: [...catalogue.values()].map((c) => ({
          code: c.code,
          name: c.name,
          validityMonths: c.validityMonths,
          requirement: c.requirement,
          core: Object.hasOwn(CORE_COURSES, c.code),
        })),
      };
    },

    async addCourse(
      actor: RequestActor,
      input: {
        code: string;
        nameEn: string;
        nameFr: string;
        names: Partial<Record<'ar' | 'es' | 'ru' | 'zh', string>>;
        validityMonths: number | null;
      },
    ) {
      if (!actor.isSystemAdmin) throw forbidden('Only a system administrator adds courses');
      const catalogue = await loadCatalogue(db);
      if (catalogue.has(input.code))
        throw conflict('code: a course with this code exists', [
          { path: 'code', message: 'already exists' },
        ]);
      return audited(db, actor, async (tx) => {
        const row = await insertCourse(tx, input);
        return {
          result: {
            code: row!.code,
            name: labelFrom(row!.nameEn, { ...row!.names, fr: row!.nameFr }),
            validityMonths: row!.validityMonths,
            requirement: 'optional',
            core: false,
          },
          audit: {
            action: 'course.create',
            entity: 'training_course',
            entityId: row!.id,
            after: row,
          },
        };
      });
    },

    /** A person's certificates, SSAFE exemptions and arrival briefings. */
    async ofPerson(actor: RequestActor, personId: string) {
      const p = await person(db, actor, personId);
      const [catalogue, certs, exemptions, briefings] = await Promise.all([
        loadCatalogue(db),
        ...trainingOfPerson(db, personId),
      ]);
      return {
        personId,
        certificates: certs.map((c) => presentCertificate(c, catalogue)),
        exemptions,
        briefings,
        abilities: {
          canEdit: can(actor, 'training.write', keysOf(p)),
          canExempt: can(actor, 'training.mandate', keysOf(p)),
        },
      };
    },

    async addCertificate(actor: RequestActor, input: CertificateInput) {
      const p = await person(db, actor, input.personId);
      if (!can(actor, 'training.write', keysOf(p)))
        throw forbidden('You may not record training for this person');
      const catalogue = await loadCatalogue(db);
      if (!catalogue.has(input.course)) throw invalid('course', 'unknown course code');
      if (input.issuedOn > today()) throw invalid('issuedOn', 'must not be in the future');
      if (input.expiresOn && input.expiresOn <= input.issuedOn)
        throw invalid('expiresOn', 'must be after issuedOn');
      const existing = await sameDayCertificates(db, input);
      if (existing.length)
        throw conflict('This person already has a certificate of this course issued that day', [
          { path: 'issuedOn', message: 'already recorded' },
        ]);
      return audited(db, actor, async (tx) => {
        const row = await insertCertificate(tx, input);
        return {
          result: presentCertificate(row!, catalogue),
          audit: {
            action: 'certificate.create',
            entity: 'training_certificate',
            entityId: row!.id,
            countryId: p.countryId,
            organizationId: p.organizationId,
            after: row,
          },
        };
      });
    },

    async mandates(actor: RequestActor, countryId: string) {
      if (!can(actor, 'structure.read', { countryId })) throw notFound('Country');
      const rows = await mandatesInForce(db, countryId);
      const places = await loadPlaces(
        db,
        rows.map((r) => r.locationId),
      );
      return {
        items: rows.map((r) => ({ ...r, locationName: places.get(r.locationId)?.name ?? '' })),
        abilities: {
          // The DO of the country, or of a designated area in it, decides on SSAFE.
          canDecide: scopesFor(actor, 'training.mandate').some(
            (s) => s.kind === 'system' || ('countryId' in s && s.countryId === countryId),
          ),
        },
      };
    },

    /** SSAFE exemptions in force (or to come) in a country, for the people the actor may see. */
    async exemptions(actor: RequestActor, countryId: string) {
      if (!can(actor, 'structure.read', { countryId })) throw notFound('Country');
      const rows = await visibleExemptions(db, actor, countryId);
      const places = await loadPlaces(
        db,
        rows.map((r) => r.e.locationId),
      );
      return {
        items: rows.map(({ e, givenName, familyName }) => ({
          id: e.id,
          personId: e.personId,
          personName: `${givenName} ${familyName}`,
          locationId: e.locationId,
          locationName: places.get(e.locationId)?.name ?? '',
          reason: e.reason,
          validFrom: e.validFrom,
          validUntil: e.validUntil,
        })),
      };
    },

    /** The DO (with the SMT) makes SSAFE mandatory at a duty station or area. */
    async addMandate(
      actor: RequestActor,
      input: {
        locationId: string;
        mandatoryFrom: string;
        decidedBy: string;
        refresherMonths: number | null;
      },
    ) {
      const place = (await loadPlaces(db, [input.locationId])).get(input.locationId);
      if (!place) throw invalid('locationId', 'unknown duty station or area');
      if (!can(actor, 'training.mandate', { countryId: place.countryId, areaId: place.areaId }))
        throw forbidden('Only the Designated Official makes SSAFE mandatory');
      return audited(db, actor, async (tx) => {
        const row = await replaceMandate(tx, {
          ...input,
          countryId: place.countryId,
          locationKind: place.kind,
        });
        return {
          result: { ...row!, locationName: place.name },
          audit: {
            action: 'ssafe.mandate',
            entity: 'ssafe_mandate',
            entityId: row!.id,
            countryId: place.countryId,
            after: row,
          },
        };
      });
    },

    /** A case-by-case exemption from SSAFE: who, why, until. Granted by the DO. */
    async addExemption(
      actor: RequestActor,
      input: {
        personId: string;
        locationId: string;
        reason: string;
        validFrom: string | null;
        validUntil: string;
      },
    ) {
      const p = await person(db, actor, input.personId);
      const place = (await loadPlaces(db, [input.locationId])).get(input.locationId);
      if (!place) throw invalid('locationId', 'unknown duty station or area');
      if (input.validFrom && input.validFrom > input.validUntil)
        throw invalid('validUntil', 'must be on or after validFrom');
      if (!can(actor, 'training.mandate', { countryId: place.countryId, areaId: place.areaId }))
        throw forbidden('Only the Designated Official grants SSAFE exemptions');
      return audited(db, actor, async (tx) => {
        const row = await insertExemption(tx, {
          ...input,
          countryId: place.countryId,
          grantedBy: actor.personId,
        });
        return {
          result: row!,
          audit: {
            action: 'ssafe.exempt',
            entity: 'ssafe_exemption',
            entityId: row!.id,
            countryId: place.countryId,
            organizationId: p.organizationId,
            after: row,
          },
        };
      });
    },

    async addBriefing(
      actor: RequestActor,
      input: { personId: string; dutyStationId: string; briefedOn: string },
    ) {
      const p = await person(db, actor, input.personId);
      const station = await findDutyStation(db, input.dutyStationId);
      if (!station) throw invalid('dutyStationId', 'unknown duty station');
      if (
        !can(actor, 'training.write', { countryId: station.countryId, areaId: station.areaId }) &&
        !can(actor, 'training.write', keysOf(p))
      )
        throw forbidden('You may not record briefings here');
      return audited(db, actor, async (tx) => {
        const row = await insertBriefing(tx, { ...input, countryId: station.countryId });
        return {
          result: row!,
          audit: {
            action: 'briefing.create',
            entity: 'arrival_briefing',
            entityId: row!.id,
            countryId: station.countryId,
            after: row,
          },
        };
      });
    },

    /** The person acknowledges in writing the briefing they received [004 ¶33]. */
    async acknowledgeBriefing(actor: RequestActor, id: string) {
      const row = await findBriefing(db, id);
      if (!row || row.personId !== actor.personId) throw notFound('Briefing');
      if (row.acknowledgedAt) return row;
      return audited(db, actor, async (tx) => {
        const after = await markBriefingAcknowledged(tx, id);
        return {
          result: after!,
          audit: {
            action: 'briefing.acknowledge',
            entity: 'arrival_briefing',
            entityId: id,
            countryId: row.countryId,
            after,
          },
        };
      });
    },

    /** Trained personnel per organization in a country, and certificates expiring within 90 days. */
    async report(actor: RequestActor, countryId: string) {
      const personnel = await visiblePersonnel(db, actor, countryId);
      const ids = personnel.map((p) => p.personId);
      const certs: CertificateRow[] = [];
      for (let i = 0; i < ids.length; i += 5000)
        certs.push(...(await certificatesOf(db, ids.slice(i, i + 5000))));
      const [catalogue, orgs] = await Promise.all([loadCatalogue(db), organizationCodes(db)]);
      const report = trainingReport({
        personnel,
        certificates: certs,
        onDate: today(),
        expiringWithinDays: EXPIRING_WITHIN_DAYS,
        catalogue,
      });
      const codes = new Map(orgs.map((o) => [o.id, o.code]));
      const names = new Map(personnel.map((p) => [p.personId, `${p.name} ${p.family}`]));
      return {
        onDate: report.onDate,
        courses: [...report.courses],
        rows: report.rows.map((r) => ({
          ...r,
          organizationCode: codes.get(r.organizationId) ?? '',
        })),
        expiring: report.expiring.map((e) => ({
          personId: e.personId,
          personName: names.get(e.personId) ?? '',
          organizationId: e.organizationId,
          course: e.course,
          expiresOn: e.expiresOn,
          daysLeft: e.daysLeft,
        })),
      };
    },
  };
}

export type TrainingService = ReturnType<typeof createTrainingService>;
