import { z } from 'zod';
import { LocalizedLabelSchema } from '../common/localized.ts';

/** The sections a home may hold; the server picks them from the person's abilities. */
export const HOME_SECTIONS = [
  // Everyone with a person record: what concerns them.
  'crisisPrompt',
  'myClearances',
  'myTraining',
  'myPlans',
  // Wardens: their zone, who is left to reach and their nets' radio checks.
  'myZones',
  'toReach',
  'radioChecksDue',
  // Those who account for a country or an area (CSA, ASC, DO…).
  'activeCrises',
  'clearancesWaiting',
  'incidentsWaiting',
  'overdueDrills',
  'overdueFindings',
  'overdueReviews',
  'invariantErrors',
  // Those who decide (DO, DO a.i., ASC for their area).
  'decideClearances',
  'decideRisks',
  'decideLevels',
  'decideSsafe',
  // System administrators and headquarters focal points.
  'overview',
] as const;
export type HomeSectionKey = (typeof HOME_SECTIONS)[number];

export const HomeQuery = z.object({ countryId: z.uuid('must be a UUID').optional() });

const Reason = z.object({
  severity: z.enum(['refuse', 'refer', 'info']),
  message: LocalizedLabelSchema,
});

/** One thing that needs the person, with the link to its record. */
export const HomeItem = z.object({
  id: z.string(),
  /** The web app's path of the record. */
  link: z.string(),
  /** The record's own title or name (typed by a person, not translated). */
  title: z.string().nullable(),
  /** A label in the six languages (a course name, a clearance reason …). */
  label: LocalizedLabelSchema.nullable(),
  /** A code the web app words in the reader's language (an invariant, a risk level …), and its parts. */
  code: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  countryId: z.string().nullable(),
  /** The day that matters: due, expiry, departure, declaration. */
  date: z.string().nullable(),
  status: z.string().nullable(),
  /** Figures by name: `safe`, `needHelp`, `noAnswer`, `errors`, `overdue` … */
  counts: z.record(z.string(), z.number()).nullable(),
  reasons: z.array(Reason).nullable(),
});
export type HomeItem = z.infer<typeof HomeItem>;

export const HomeSection = z.object({
  key: z.enum(HOME_SECTIONS),
  /** How many there are in all; `items` holds the first few. */
  total: z.number(),
  /** Where the whole list lives. */
  link: z.string().nullable(),
  items: z.array(HomeItem),
});
export type HomeSection = z.infer<typeof HomeSection>;

export const Home = z
  .object({
    /** The country the country sections are about; null when none (an administrator who chose none). */
    countryId: z.string().nullable(),
    sections: z.array(HomeSection),
  })
  .meta({ id: 'Home' });
export type Home = z.infer<typeof Home>;

/** An item with nothing but what is given. */
export function item(p: Partial<HomeItem> & Pick<HomeItem, 'id' | 'link'>): HomeItem {
  return {
    title: null,
    label: null,
    code: null,
    params: null,
    countryId: null,
    date: null,
    status: null,
    counts: null,
    reasons: null,
    ...p,
  };
}
