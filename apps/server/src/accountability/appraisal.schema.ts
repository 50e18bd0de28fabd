import { z } from 'zod';
import { IdParams } from '../http/common.schema.ts';

export { IdParams };

export const AppraisalQuery = z.object({
  year: z.coerce
    .number('must be a year')
    .int('must be a whole number')
    .min(2000, 'must be 2000 or later')
    .max(2100, 'must be 2100 or earlier'),
});

const Indicator = z.object({
  /** The measure tag (core `MEASURE_TAGS`). */
  tag: z.string(),
  /** The duties of the holder's role this indicator measures (their numbers in the Framework). */
  duties: z.array(z.number()),
  ok: z.boolean(),
  value: z.number().nullable(),
  findings: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
});

export const Appraisal = z
  .object({
    countryId: z.string(),
    year: z.number(),
    from: z.string(),
    asOf: z.string(),
    holders: z.array(
      z.object({
        appointmentId: z.string(),
        personId: z.string(),
        name: z.string(),
        organizationCode: z.string(),
        role: z.string(),
        areaId: z.string().nullable(),
        startsOn: z.string(),
        endsOn: z.string().nullable(),
        /** Indicators met / measured, for a one-line summary. */
        met: z.number(),
        measured: z.number(),
        indicators: z.array(Indicator),
      }),
    ),
  })
  .meta({ id: 'Appraisal' });
export type Appraisal = z.infer<typeof Appraisal>;
