import { z } from 'zod';
import { NonEmpty } from '../http/common.schema.ts';

const Instant = z.iso.datetime({ offset: true, message: 'must be a date-time with offset' });

export const ActivationBody = z.object({
  /** Null: the whole country. */
  areaId: z.uuid('must be a UUID').nullable().default(null),
  startsAt: Instant,
  endsAt: Instant,
  reason: NonEmpty(1000),
});
export type ActivationInput = z.infer<typeof ActivationBody>;

export const DelegationBody = z.object({ delegated: z.boolean('must be true or false') });

export const Activation = z
  .object({
    id: z.string(),
    countryId: z.string(),
    areaId: z.string().nullable(),
    /** Null: the whole country. */
    areaName: z.string().nullable(),
    startsAt: z.date(),
    endsAt: z.date(),
    reason: z.string(),
    activatedBy: z.string(),
    endedAt: z.date().nullable(),
    endedBy: z.string().nullable(),
    /** In force now: positions may be collected in its place. */
    inForce: z.boolean(),
  })
  .meta({ id: 'LocationActivation' });

export const CountryActivations = z
  .object({
    countryId: z.string(),
    items: z.array(Activation),
    /** Whether the DO has delegated activating precise location to the CSA. */
    delegatedToCsa: z.boolean(),
    abilities: z.object({ canActivate: z.boolean(), canDelegate: z.boolean() }),
  })
  .meta({ id: 'CountryLocationActivations' });

export const MyLocation = z
  .object({ active: Activation.nullable() })
  .meta({ id: 'MyPreciseLocation' });
