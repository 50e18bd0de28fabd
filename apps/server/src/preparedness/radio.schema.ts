import { z } from 'zod';
import { Abilities, IsoDate, NonEmpty, PageQuery, paged } from '../http/common.schema.ts';

const Uuid = z.uuid('must be a UUID');
const Instant = z.iso.datetime({ offset: true, message: 'must be a date-time with offset' });

export const RadioEntryBody = z
  .object({
    /** The person called; their call sign is taken from their record when none is given. */
    personId: Uuid.nullable().default(null),
    callSign: z.string().trim().max(40).nullable().default(null),
    answered: z.boolean('must be true or false'),
    answeredAt: Instant.nullable().default(null),
    note: z.string().trim().max(500).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (!v.personId && !v.callSign)
      ctx.addIssue({ code: 'custom', path: ['callSign'], message: 'give a person or a call sign' });
    if (!v.answered && v.answeredAt)
      ctx.addIssue({
        code: 'custom',
        path: ['answeredAt'],
        message: 'a missed call has no answer time',
      });
  });

export const RadioCheckBody = z.object({
  countryId: Uuid,
  areaId: Uuid.nullable().default(null),
  zoneId: Uuid.nullable().default(null),
  net: NonEmpty(120),
  heldAt: Instant,
  notes: z.string().trim().max(2000).nullable().default(null),
  entries: z.array(RadioEntryBody).min(1, 'call at least one station').max(2000),
});
export type RadioCheckInput = z.infer<typeof RadioCheckBody>;

export const RadioListQuery = PageQuery.extend({ countryId: Uuid.optional() });

export const RosterQuery = z.object({
  countryId: Uuid,
  areaId: Uuid.optional(),
  zoneId: Uuid.optional(),
});

export const MissedQuery = PageQuery.extend({
  countryId: Uuid,
  from: IsoDate,
  to: IsoDate,
});

export const RadioEntry = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  name: z.string().nullable(),
  callSign: z.string(),
  answered: z.boolean(),
  answeredAt: z.date().nullable(),
  note: z.string().nullable(),
});

export const RadioCheck = z
  .object({
    id: z.string(),
    countryId: z.string(),
    areaId: z.string().nullable(),
    zoneId: z.string().nullable(),
    placeName: z.string(),
    net: z.string(),
    heldAt: z.date(),
    notes: z.string().nullable(),
    called: z.number(),
    missed: z.number(),
    entries: z.array(RadioEntry),
    abilities: Abilities,
  })
  .meta({ id: 'RadioCheck' });

export const RadioCheckPage = paged(RadioCheck.omit({ entries: true }))
  .extend({ abilities: z.object({ canRecord: z.boolean() }) })
  .meta({ id: 'RadioCheckPage' });

export const RosterEntry = z.object({
  personId: z.string(),
  name: z.string(),
  callSign: z.string().nullable(),
});
export const Roster = z.object({ items: z.array(RosterEntry) }).meta({ id: 'RadioRoster' });

export const MissedRow = z.object({
  personId: z.string().nullable(),
  name: z.string().nullable(),
  callSign: z.string(),
  called: z.number(),
  missed: z.number(),
  lastMissedAt: z.date().nullable(),
  /** Missed at least `flagFrom` checks in the period. */
  flagged: z.boolean(),
});
export const MissedReport = paged(MissedRow)
  .extend({ from: z.string(), to: z.string(), flagFrom: z.number() })
  .meta({ id: 'RadioMissedReport' });
