import { formatList, type Locale } from '@fieldsafe/core';
import { z } from 'zod';
import { st, type ServerMessageKey } from './index.ts';

/**
 * Field messages (`details[].message`) in the reader's language. The schemas write them in
 * English ("must be a date YYYY-MM-DD", "must not be before startsOn"); each pattern below
 * maps a family of them to a catalogue key, keeping the field names and numbers. Zod's own
 * messages are worded again by Zod's locale for the language. A message no pattern knows stays
 * in English (the field path beside it still says where).
 */
const PATTERNS: readonly [RegExp, ServerMessageKey, readonly string[]][] = [
  [/^is required$/, 'validation.required', []],
  [/^must be a UUID$/, 'validation.uuid', []],
  [/^must be a whole number$/, 'validation.int', []],
  [/^must be a number$/, 'validation.number', []],
  [/^must be (-?\d+) or more$/, 'validation.min', ['n']],
  [/^must be (-?[\d,]+) or less$/, 'validation.max', ['n']],
  [/^must be between (-?\d+) and (-?\d+)$/, 'validation.between', ['a', 'b']],
  [/^must be an integer from (\d+) to (\d+)$/, 'validation.between', ['a', 'b']],
  [/^must be a year$/, 'validation.year', []],
  [/^must be true or false$/, 'validation.bool', []],
  [/^must be a date YYYY-MM-DD$/, 'validation.date', []],
  [/^is not a real date$/, 'validation.realDate', []],
  [/^is not someone you may request clearance for /, 'validation.notFileFor', []],
  [/^must be a date-time with offset.*$/, 'validation.dateTime', []],
  [/^must not be in the future$/, 'validation.notFuture', []],
  [/^is in the future$/, 'validation.notFuture', []],
  [/^must be in the future$/, 'validation.future', []],
  [/^must not be before (.+)$/, 'validation.notBefore', ['other']],
  [/^must be on or after (.+)$/, 'validation.notBefore', ['other']],
  [/^must be after (.+)$/, 'validation.after', ['other']],
  [/^must be at most ([\d,]+) characters$/, 'validation.maxChars', ['n']],
  [/^must be at least ([\d,]+) characters$/, 'validation.minChars', ['n']],
  [/^must be at most (\d+) MB$/, 'validation.maxMb', ['n']],
  [/^is too large$/, 'validation.tooLarge', []],
  [/^(?:must be|is not valid) multipart\/form-data$/, 'validation.multipart', []],
  [/^has too many parts or fields$/, 'validation.tooManyParts', []],
  [/^must have a filename$/, 'validation.filename', []],
  [/^must be PDF, PNG, JPEG or plain text$/, 'validation.fileType', []],
  [/^must not be empty$/, 'validation.empty', []],
  [/^is not a valid e-mail address$/, 'validation.email', []],
  [/^must be an https? ?\(?s?\)? URL.*$/, 'validation.url', []],
  [/^is not a known field$/, 'validation.unknownField', []],
  [/^refers to a record that does not exist$/, 'validation.missingRecord', []],
  [/^already exists.*$/, 'validation.exists', []],
  [/^is invalid$/, 'validation.invalid', []],
  [/^must be the id of a duty station or an area$/, 'validation.place', []],
  [/^is not an area of this country$/, 'validation.notInCountry', []],
  [/^is wrong or was already used$/, 'validation.wrongCode', []],
  [/^must be the 6 digits shown by your app$/, 'validation.totp', []],
  [/^must be ([a-z_]+(?:, [a-z_]+)* or [a-z_]+)$/, 'validation.oneOf', ['values']],
  [
    /^must be at least the sum of minimum contributions, (\S+) \((\d+) organizations × (\S+)\); it is (\S+) short$/,
    'validation.belowMinimums',
    ['required', 'count', 'minimum', 'shortfall'],
  ],
  [/^a missed call has no answer time$/, 'validation.missedCallNoAnswer', []],
  [/^must be NGO or IGO$/, 'validation.partnerType', []],
  [/^must not repeat a kind$/, 'validation.kindRepeated', []],
  [/^an area security plan needs its area$/, 'validation.areaPlanNeedsArea', []],
  [
    /^only a single-agency security officer acts as CSA\/SA ad interim$/,
    'validation.onlySasoAdInterim',
    [],
  ],
  [/^only an SMT member holds a seat$/, 'validation.onlySmtSeat', []],
  [/^is not an appointment acting as CSA\/SA ad interim$/, 'validation.notAdInterim', []],
  [/^is already confirmed$/, 'validation.alreadyConfirmed', []],
  [/^applies to local budgets only$/, 'validation.localBudgetsOnly', []],
  [/^are required to complete a review$/, 'validation.requiredToCompleteReview', []],
  [/^cannot be combined with headcounts$/, 'validation.notWithHeadcounts', []],
  [/^give a code or a recovery code$/, 'validation.codeOrRecovery', []],
  [/^give a person or a call sign$/, 'validation.personOrCallSign', []],
  [/^give the plan text or attach its document$/, 'validation.planTextOrDocument', []],
  [
    /^has no active personnel in the registry: enter headcounts$/,
    'validation.noActivePersonnel',
    [],
  ],
  [/^is already a registered driver in this country$/, 'validation.alreadyDriver', []],
  [/^is empty: expected a header line and rows$/, 'validation.csvEmpty', []],
  [/^is needed$/, 'validation.needed', []],
  [/^is needed for travel \(the approved clearance\)$/, 'validation.neededForTravel', []],
  [/^is not a crisis of this country$/, 'validation.notCrisisOfCountry', []],
  [/^is not a travel request of this person$/, 'validation.notTravelOfPerson', []],
  [/^is not a warden zone of this duty station$/, 'validation.notWardenZoneOfStation', []],
  [/^is not a zone of this country$/, 'validation.notZoneOfCountry', []],
  [/^is not adopted in this country$/, 'validation.notAdopted', []],
  [/^is not an approved clearance$/, 'validation.notApprovedClearance', []],
  [/^is not an area of that country$/, 'validation.notAreaOfThatCountry', []],
  [/^is not in the area$/, 'validation.notInArea', []],
  [/^is required \(or headcountsCsv\)$/, 'validation.requiredOrCsv', []],
  [/^is required for a duty station assessment$/, 'validation.requiredForStation', []],
  [/^is required for an area assessment$/, 'validation.requiredForArea', []],
  [/^is required to mark a lesson implemented$/, 'validation.requiredForLesson', []],
  [
    /^is required unless you hold a headquarters \(system-wide\) role$/,
    'validation.requiredUnlessHq',
    [],
  ],
  [/^is required when visaObtainedOn is given$/, 'validation.requiredWithVisa', []],
  [/^is wrong$/, 'validation.wrong', []],
  [/^lists no organization$/, 'validation.listsNoOrganization', []],
  [/^local budgets have no minimum contribution$/, 'validation.localNoMinimum', []],
  [/^must be a whole number of dollars ≥ 0$/, 'validation.wholeDollars', []],
  [/^must be true when visa dates are given$/, 'validation.trueWithVisa', []],
  [/^no second factor is set up$/, 'validation.noSecondFactor', []],
  [/^no second factor is set up: set one up first$/, 'validation.noSecondFactorYet', []],
  [/^send either headcounts or headcountsCsv, not both$/, 'validation.headcountsOrCsv', []],
  [/^start the set-up first$/, 'validation.startSetupFirst', []],
  [/^unknown area in this country$/, 'validation.unknownAreaInCountry', []],
  [/^unknown country$/, 'validation.unknownCountry', []],
  [/^unknown course code$/, 'validation.unknownCourse', []],
  [/^unknown document$/, 'validation.unknownDocument', []],
  [/^unknown duty station$/, 'validation.unknownStation', []],
  [/^unknown duty station in this country$/, 'validation.unknownStationInCountry', []],
  [/^unknown duty station or area$/, 'validation.unknownStationOrArea', []],
  [/^unknown organization$/, 'validation.unknownOrganization', []],
  [/^unknown person$/, 'validation.unknownPerson', []],
  [/^unknown roster officer$/, 'validation.unknownRosterOfficer', []],
  [/^unknown staff member$/, 'validation.unknownStaffMember', []],
  [/^unknown warden zone in this country$/, 'validation.unknownWardenZone', []],
  [/^cannot go from (\S+) to (\S+)$/, 'validation.cannotGo', ['from', 'to']],
  [/^has more than ([\d,]+) rows; split the file$/, 'validation.tooManyRows', ['n']],
  [/^no organization with the code (.+)$/, 'validation.noOrganizationCode', ['code']],
  [/^line (\d+), headcount: must be a whole number ≥ 0$/, 'validation.lineHeadcount', ['line']],
  [
    /^line (\d+): expected (\d+) fields, found (\d+)$/,
    'validation.lineFields',
    ['line', 'expected', 'found'],
  ],
  [/^line 1: the header must be "(.+)"$/, 'validation.headerMustBe', ['header']],
  [/^missing required column\(s\): (.+)$/, 'validation.missingColumns', ['columns']],
  [/^is not valid CSV: (.+)$/, 'validation.notCsv', ['reason']],
  [/^unknown area$/, 'validation.unknownArea', []],
  [/^unknown organization code "?([^"]*)"?$/, 'validation.unknownOrgCode', ['code']],
  [/^every headcount is zero: nobody can carry the budget$/, 'validation.noHeadcount', []],
  [/^"(.+)" is listed twice$/, 'validation.listedTwice', ['organization']],
  [
    /^is required for an implemented or partially implemented measure$/,
    'validation.requiredForImplemented',
    [],
  ],
  [/^give both latitude and longitude, or neither$/, 'validation.latLngBoth', []],
  [/^is not collected: precise location is not active for you$/, 'validation.locationInactive', []],
  [/^is not a measure of the MOSS catalogue$/, 'validation.notMossMeasure', []],
  [/^no such goal$/, 'validation.noSuchGoal', []],
  [
    /^a critical risk is acceptable only for a goal of critical criticality$/,
    'validation.criticalNeedsCriticalGoal',
    [],
  ],
  [
    /^unknown column\(s\): (.+); allowed: (.+)$/,
    'validation.unknownColumns',
    ['columns', 'allowed'],
  ],
  [/^unknown crisis in this country$/, 'validation.unknownCrisisInCountry', []],
  [/^unknown incident in this country$/, 'validation.unknownIncidentInCountry', []],
  [/^unknown person in this country$/, 'validation.unknownPersonInCountry', []],
  [/^a counsellor does not follow themselves$/, 'validation.counsellorNotSelf', []],
  [/^unknown support case$/, 'validation.unknownSupportCase', []],
  [/^not on this checklist$/, 'validation.notOnChecklist', []],
  [/^is required when the item is not compliant$/, 'validation.requiredForGap', []],
  [/^unknown compliance mission in this country$/, 'validation.unknownMissionInCountry', []],
  [/^name the crisis or the incident \(one is required\)$/, 'validation.crisisOrIncident', []],
  [/^name the crisis, the incident or the case$/, 'validation.crisisIncidentOrCase', []],
  [/^an individual session has one participant$/, 'validation.individualOneParticipant', []],
  [/^an individual session belongs to a follow-up case$/, 'validation.individualNeedsCase', []],
  [/^a group session has at least two participants$/, 'validation.groupTwoParticipants', []],
  [/^summarize the security annex$/, 'validation.summarizeAnnex', []],
  [/^must be at most (\d+)$/, 'validation.max', ['n']],
  [/^must have at least (\d+) characters$/, 'validation.minChars', ['n']],
];

const AT = /^(line \d+(?:, [A-Za-z]+)?|\w+(?:\[\d+\])?(?:\.\w+(?:\[\d+\])?)*): (.+)$/;

const ZOD_LOCALE: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  ar: z.locales.ar,
  en: z.locales.en,
  es: z.locales.es,
  fr: z.locales.fr,
  ru: z.locales.ru,
  zh: z.locales.zhCN,
};
const zodMaps = new Map<Locale, z.core.$ZodErrorMap>();

function zodMessage(locale: Locale, issue: z.core.$ZodRawIssue): string | undefined {
  let map = zodMaps.get(locale);
  if (!map) {
    map = ZOD_LOCALE[locale]().localeError;
    zodMaps.set(locale, map);
  }
  const out = map(issue);
  return typeof out === 'string' ? out : out?.message;
}

/** A field message in `locale`; `issue` is Zod's issue when the message came from Zod. */
export function detailIn(locale: Locale, message: string, issue?: z.core.$ZodRawIssue): string {
  if (locale === 'en') return message;
  for (const [re, key, names] of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const vars = Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? '']));
    // "a, b or c": the values stay as the API spells them, joined in the language.
    if (vars.values) vars.values = formatList(vars.values.split(/, | or /), locale, 'disjunction');
    return st(locale, key, vars);
  }
  // "<where>: <message>": a place in a list or a file (`headcounts[2].organization`, `line 3`).
  const at = AT.exec(message);
  if (at) {
    const detail = detailIn(locale, at[2]!);
    if (detail !== at[2]) {
      const where = at[1]!.replace(/^line (\d+)/, (_, n: string) =>
        st(locale, 'validation.line', { n }),
      );
      return st(locale, 'validation.at', { where, detail });
    }
  }
  if (issue && zodMessage('en', issue) === message) return zodMessage(locale, issue) ?? message;
  return message;
}
