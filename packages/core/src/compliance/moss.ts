import type { LocalizedLabel } from '../locale/index.ts';
import { MOSS_TITLES } from './moss-titles.ts';

/**
 * Minimum Operating Security Standards and residential security measures: the shape of a
 * measure in a catalogue. MOSS are set per country by the SMT from the security risk assessment
 * [seed 002 Annex, SMT 6]; the default catalogue is the starting list a country adapts.
 */

/** Areas of the MOSS policy [seed 003 ¶115] and residential security measures [003 ¶56]. */
export const MOSS_AREAS = [
  'telecommunications',
  'medical',
  'vehicles',
  'premises',
  'training_and_briefings',
  'residential',
] as const;
export type MossArea = (typeof MOSS_AREAS)[number];

export const MOSS_AREA_INFO: Readonly<
  Record<MossArea, { codePrefix: string; label: LocalizedLabel }>
> = {
  telecommunications: {
    codePrefix: 'TEL',
    label: {
      ar: 'الاتصالات',
      en: 'Telecommunications',
      es: 'Telecomunicaciones',
      fr: 'Télécommunications',
      ru: 'Связь',
      zh: '通信',
    },
  },
  medical: {
    codePrefix: 'MED',
    label: { ar: 'الطب', en: 'Medical', es: 'Médico', fr: 'Médical', ru: 'Медицина', zh: '医疗' },
  },
  vehicles: {
    codePrefix: 'VEH',
    label: {
      ar: 'المركبات',
      en: 'Vehicles',
      es: 'Vehículos',
      fr: 'Véhicules',
      ru: 'Транспортные средства',
      zh: '车辆',
    },
  },
  premises: {
    codePrefix: 'PRE',
    label: {
      ar: 'المكاتب والمباني',
      en: 'Offices and premises',
      es: 'Oficinas e instalaciones',
      fr: 'Bureaux et locaux',
      ru: 'Офисы и помещения',
      zh: '办公室和场所',
    },
  },
  training_and_briefings: {
    codePrefix: 'TRN',
    label: {
      ar: 'التدريب والإحاطات',
      en: 'Training and briefings',
      es: 'Formación y sesiones informativas',
      fr: 'Formation et séances d’information',
      ru: 'Обучение и инструктажи',
      zh: '培训和简报',
    },
  },
  residential: {
    codePrefix: 'RES',
    label: {
      ar: 'أمن المساكن',
      en: 'Residential security',
      es: 'Seguridad de las viviendas',
      fr: 'Sécurité des résidences',
      ru: 'Безопасность жилья',
      zh: '住所安全',
    },
  },
};

export const PREMISES_TYPES = [
  'office',
  'field_office',
  'warehouse',
  'guesthouse',
  'residence',
] as const;
export type PremisesType = (typeof PREMISES_TYPES)[number];

/**
 * Why a measure is in a country's MOSS:
 * - `baseline`: expected wherever the measure's premises types are found;
 * - `where_sra_requires`: only where the security risk assessment calls for it (radio checks
 *   [003 ¶67], specialised protection [003 ¶117], every residential measure [000 §31]);
 * - `recommended`: advised, not required (e.g. a second spare tyre [003 ¶45]).
 */
export const MOSS_BASES = ['baseline', 'where_sra_requires', 'recommended'] as const;
export type MossBasis = (typeof MOSS_BASES)[number];

export interface MossMeasure {
  /** Stable code, e.g. `TEL-01`: area prefix and two digits. Never reused. */
  code: string;
  area: MossArea;
  title: LocalizedLabel;
  appliesTo: readonly PremisesType[];
  basis: MossBasis;
  /** True when the measure must be justified by the security risk assessment. */
  requiresSraJustification: boolean;
  /** How often the measure must be repeated or renewed, when it must. */
  intervalMonths: number | null;
  /** Where the measure comes from, e.g. `003 ¶45` (seed and paragraph). */
  sources: readonly string[];
}

export const MOSS_CODE_PATTERN = /^[A-Z]{3}-\d{2}$/;

export function areaForCode(code: string): MossArea | null {
  if (!MOSS_CODE_PATTERN.test(code)) return null;
  const prefix = code.slice(0, 3);
  return MOSS_AREAS.find((area) => MOSS_AREA_INFO[area].codePrefix === prefix) ?? null;
}

/** Premises-type sets used by catalogues. */
export const OFFICE_PREMISES: readonly PremisesType[] = ['office', 'field_office'];
export const WORKPLACE_PREMISES: readonly PremisesType[] = ['office', 'field_office', 'warehouse'];
export const BUILDING_PREMISES: readonly PremisesType[] = [
  'office',
  'field_office',
  'warehouse',
  'guesthouse',
];
export const RESIDENTIAL_PREMISES: readonly PremisesType[] = ['residence'];

export interface MossMeasureOptions {
  basis?: MossBasis;
  intervalMonths?: number;
}

/**
 * Builds a catalogue entry; the area comes from the code's prefix. Residential measures and
 * those needed only where the SRA requires them must be justified by the SRA.
 */
export function defineMeasure(
  code: string,
  en: string,
  fr: string,
  appliesTo: readonly PremisesType[],
  sources: readonly string[],
  options: MossMeasureOptions = {},
): MossMeasure {
  const area = areaForCode(code);
  if (area === null) throw new Error(`Bad MOSS code: ${code}`);
  const others = MOSS_TITLES[code];
  if (others === undefined) throw new Error(`MOSS measure ${code} has no title in ar, es, ru, zh`);
  const basis = options.basis ?? (area === 'residential' ? 'where_sra_requires' : 'baseline');
  return {
    code,
    area,
    title: { ...others, en, fr },
    appliesTo,
    basis,
    requiresSraJustification: basis === 'where_sra_requires',
    intervalMonths: options.intervalMonths ?? null,
    sources,
  };
}

export function findMeasure(
  catalogue: readonly MossMeasure[],
  code: string,
): MossMeasure | undefined {
  return catalogue.find((measure) => measure.code === code);
}

/** The measures of a catalogue that apply to a type of premises, in catalogue order. */
export function measuresForPremises(
  catalogue: readonly MossMeasure[],
  premisesType: PremisesType,
): MossMeasure[] {
  return catalogue.filter((measure) => measure.appliesTo.includes(premisesType));
}

export function measuresByArea(catalogue: readonly MossMeasure[]): Record<MossArea, MossMeasure[]> {
  const byArea: Record<MossArea, MossMeasure[]> = {
    telecommunications: [],
    medical: [],
    vehicles: [],
    premises: [],
    training_and_briefings: [],
    residential: [],
  };
  for (const measure of catalogue) byArea[measure.area].push(measure);
  return byArea;
}
