import type { LocalizedText } from '../training/index.ts';
import type { ReasonCode, ReasonDetail, Severity } from './types.ts';

/** Every code has one severity, so a code alone tells what it does to the outcome. */
export const REASON_SEVERITY: Readonly<Record<ReasonCode, Severity>> = {
  ITINERARY_INVALID: 'refuse',
  ORGANIZATION_SANCTIONED: 'refuse',
  BSITF_MISSING: 'refuse',
  BSITF_EXPIRED: 'refuse',
  ASITF_REQUIRED_FOR_FIELD: 'refuse',
  ASITF_EXPIRED: 'refuse',
  SSAFE_REQUIRED: 'refuse',
  SSAFE_EXPIRED: 'refuse',
  STAFF_CEILING_REACHED: 'refer',
  ARRIVAL_BRIEFING_REQUIRED: 'info',
  CLEARANCE_NOT_REQUIRED: 'info',
};

export type ItineraryProblem =
  | 'no-legs'
  | 'invalid-dates'
  | 'arrival-after-departure'
  | 'overlaps-previous'
  | 'unknown-destination';

/** What a message may mention: the leg (1-based in text), the place, and the reason details. */
export interface MessageContext {
  legIndex: number | null;
  place: string | null;
  details: Readonly<Record<string, ReasonDetail>>;
}

type Texts = (ctx: MessageContext) => LocalizedText;

const BSITF = { en: 'Basic Security in the Field', fr: 'Sécurité de base sur le terrain' };
const ASITF = { en: 'Advanced Security in the Field', fr: 'Sécurité avancée sur le terrain' };
const SSAFE = { en: 'SSAFE', fr: 'SSAFE' };

function where(ctx: MessageContext): LocalizedText {
  if (ctx.legIndex === null) return { en: 'Itinerary', fr: 'Itinéraire' };
  const n = ctx.legIndex + 1;
  const place = ctx.place ? ` (${ctx.place})` : '';
  return { en: `Leg ${n}${place}`, fr: `Étape ${n}${place}` };
}

function str(value: ReasonDetail | undefined): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

const ITINERARY: Record<ItineraryProblem, LocalizedText> = {
  'no-legs': { en: 'has no legs', fr: 'ne comporte aucune étape' },
  'invalid-dates': {
    en: 'has a missing or malformed date (expected YYYY-MM-DD)',
    fr: 'a une date manquante ou mal formée (AAAA-MM-JJ attendu)',
  },
  'arrival-after-departure': {
    en: 'arrives after it departs',
    fr: 'a une arrivée postérieure au départ',
  },
  'overlaps-previous': {
    en: 'starts before the previous leg ends',
    fr: "commence avant la fin de l'étape précédente",
  },
  'unknown-destination': { en: 'has an unknown destination', fr: 'a une destination inconnue' },
};

/** "Leg 2 (Juba): …" in both languages. */
function said(ctx: MessageContext, en: string, fr: string): LocalizedText {
  const w = where(ctx);
  return { en: `${w.en}: ${en}`, fr: `${w.fr} : ${fr}` };
}

function missing(course: LocalizedText, field: boolean): Texts {
  const en = field ? ' for a field location' : '';
  const fr = field ? ' pour un lieu hors siège' : '';
  return (ctx) =>
    said(
      ctx,
      `a valid ${course.en} certificate is required${en}.`,
      `un certificat ${course.fr} valide est requis${fr}.`,
    );
}

function expired(course: LocalizedText): Texts {
  return (ctx) => {
    const on = str(ctx.details.expiresOn);
    const through = str(ctx.details.neededThrough);
    return said(
      ctx,
      `the ${course.en} certificate expires on ${on}; it must be valid through ${through}.`,
      `le certificat ${course.fr} expire le ${on} ; il doit être valide jusqu'au ${through}.`,
    );
  };
}

export const MESSAGES: Readonly<Record<ReasonCode, Texts>> = {
  ITINERARY_INVALID: (ctx) => {
    const w = where(ctx);
    const problem = str(ctx.details.problem);
    const p = Object.hasOwn(ITINERARY, problem)
      ? ITINERARY[problem as ItineraryProblem]
      : ITINERARY['invalid-dates'];
    return { en: `${w.en} ${p.en}.`, fr: `${w.fr} ${p.fr}.` };
  },
  ORGANIZATION_SANCTIONED: (ctx) =>
    said(
      ctx,
      'security clearance is denied to staff of this organization here.',
      "l'autorisation de sécurité est refusée au personnel de cette organisation ici.",
    ),
  BSITF_MISSING: missing(BSITF, false),
  BSITF_EXPIRED: expired(BSITF),
  ASITF_REQUIRED_FOR_FIELD: missing(ASITF, true),
  ASITF_EXPIRED: expired(ASITF),
  SSAFE_REQUIRED: (ctx) =>
    said(
      ctx,
      'SSAFE training is mandatory here and no exemption covers the stay.',
      'la formation SSAFE y est obligatoire et aucune dérogation ne couvre le séjour.',
    ),
  SSAFE_EXPIRED: expired(SSAFE),
  STAFF_CEILING_REACHED: (ctx) => {
    const n = str(ctx.details.headcount);
    const max = str(ctx.details.ceiling);
    return said(
      ctx,
      `the staff ceiling of ${max} is reached (${n} planned); the approver decides.`,
      `le plafond de ${max} personnes est atteint (${n} prévues) ; l'approbateur décide.`,
    );
  },
  ARRIVAL_BRIEFING_REQUIRED: (ctx) =>
    said(
      ctx,
      'attend the security briefing on arrival and acknowledge it in writing.',
      "suivre le briefing de sécurité à l'arrivée et en accuser réception par écrit.",
    ),
  CLEARANCE_NOT_REQUIRED: (ctx) =>
    said(
      ctx,
      'no security level is in effect; the clearance serves whereabouts only.',
      "aucun niveau de sécurité n'est en vigueur ; l'autorisation sert au suivi des déplacements.",
    ),
};
