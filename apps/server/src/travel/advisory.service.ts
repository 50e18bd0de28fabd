import { can } from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import { today } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid } from '../http/errors.ts';
import { notifyTravellersAt } from '../notifications/notification.service.ts';
import { insertAdvisory, listAdvisories } from './advisory.queries.ts';
import { loadPlaces } from './travel.queries.ts';
import type { AdvisoryInput } from './travel.schema.ts';

/** Whether the actor may issue advisories in the country, or in an area of it they cover. */
function mayIssueIn(actor: RequestActor, countryId: string): boolean {
  return (
    can(actor, 'advisory.write', { countryId }) ||
    actor.appointments.some(
      (a) =>
        a.countryId === countryId &&
        a.areaId !== null &&
        can(actor, 'advisory.write', { countryId, areaId: a.areaId }),
    )
  );
}

/** Travel advisories per location; issuing one tells every traveller at or bound for it. */
export function createAdvisoryService(db: Db) {
  return {
    /** Advisories in force (or coming), for a country or a location. Advisories are for everyone. */
    async list(actor: RequestActor, filter: { countryId?: string; locationId?: string }) {
      const rows = await listAdvisories(db, filter, today());
      const places = await loadPlaces(
        db,
        rows.map((r) => r.locationId),
      );
      return {
        items: rows.map((r) => ({ ...r, locationName: places.get(r.locationId)?.name ?? '' })),
        // Whether the actor may issue advisories somewhere in the country asked about.
        canIssue: filter.countryId ? mayIssueIn(actor, filter.countryId) : false,
      };
    },

    async issue(actor: RequestActor, input: AdvisoryInput) {
      const place = (await loadPlaces(db, [input.locationId])).get(input.locationId);
      if (!place) throw invalid('locationId', 'unknown duty station or area');
      if (input.validUntil && input.validUntil < input.validFrom)
        throw invalid('validUntil', 'must be on or after validFrom');
      if (!can(actor, 'advisory.write', { countryId: place.countryId, areaId: place.areaId }))
        throw forbidden('You may not issue travel advisories for this location');
      return audited(db, actor, async (tx) => {
        const row = await insertAdvisory(tx, {
          ...input,
          countryId: place.countryId,
          areaId: place.areaId,
          issuedBy: actor.personId,
        });
        if (!row) throw new Error('insert returned nothing');
        const notified = await notifyTravellersAt(
          tx,
          { countryId: place.countryId, areaId: place.areaId, dutyStationId: place.dutyStationId },
          {
            name: 'travel.advisory',
            params: { place: place.name, title: input.title, body: input.body },
            link: '/travel',
            cause: `advisory:${row.id}`,
          },
        );
        return {
          result: { ...row, locationName: place.name, notified },
          audit: {
            action: 'advisory.issue',
            entity: 'travel_advisory',
            entityId: row.id,
            countryId: place.countryId,
            after: { ...row, notified },
          },
        };
      });
    },
  };
}

export type AdvisoryService = ReturnType<typeof createAdvisoryService>;
