import type { SharedKind } from '@fieldsafe/core';
import { date, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './common.ts';
import { countries } from './registry.ts';

/**
 * A "Saving Lives Together" partner of a country (an NGO or IGO with an MoU) and the kinds of
 * security information shared with it [002 ¶4, 002 Annex C §3(b), 003 ¶140].
 */
export const sltPartners = pgTable(
  'slt_partners',
  {
    id: id(),
    countryId: uuid('country_id')
      .notNull()
      .references(() => countries.id),
    name: text('name').notNull(),
    partnerType: text('partner_type', { enum: ['NGO', 'IGO'] }).notNull(),
    /** Where the partner is registered or headquartered (free text, e.g. "Norway"). */
    homeCountry: text('home_country'),
    mouReference: text('mou_reference'),
    mouSignedOn: date('mou_signed_on'),
    mouExpiresOn: date('mou_expires_on'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    sharedKinds: jsonb('shared_kinds').$type<SharedKind[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [index('slt_partners_country').on(t.countryId, t.name)],
);
