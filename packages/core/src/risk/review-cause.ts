/**
 * Why an assessment awaits review (re-assessment triggers), kept as a code and its parts so each
 * reader sees it in their own language. A flag a person types keeps their words instead.
 */
export type FlagCause =
  | {
      code: 'securityLevel';
      /** The new level as recorded (its scale's wording), the area's name (null: the whole country), the day it applies. */
      params: { level: string; place: string | null; from: string };
    }
  | {
      code: 'incident';
      /** The day the incident occurred and its title as reported. */
      params: { date: string; title: string };
    };

/** The English wording, kept in `flag_reason` for readers that predate the code. */
export function flagCauseInEnglish(cause: FlagCause): string {
  if (cause.code === 'securityLevel') {
    const { level, place, from } = cause.params;
    return `Security level changed to ${level} in ${place ?? 'the country'} from ${from}`;
  }
  return `Incident recorded on ${cause.params.date}: ${cause.params.title}`;
}
