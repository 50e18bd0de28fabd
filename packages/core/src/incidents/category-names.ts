import type { Locale } from '../locale/index.ts';
import { incidentCategory } from './categories.ts';

type OtherLocale = Exclude<Locale, 'en' | 'fr'>;

/** Incident category names in Arabic, Spanish, Russian and Chinese (English and French are on the category). */
const NAMES: Record<string, Record<OtherLocale, string>> = {
  FATALITY_VIOLENCE: {
    ar: 'وفاة ناجمة عن عمل عنف',
    es: 'Muerte causada por un acto de violencia',
    ru: 'Гибель в результате акта насилия',
    zh: '暴力行为造成的死亡',
  },
  FATALITY_SAFETY: {
    ar: 'وفاة ناجمة عن حادث يتعلق بالسلامة',
    es: 'Muerte causada por un incidente de protección',
    ru: 'Гибель в результате несчастного случая',
    zh: '安全事故造成的死亡',
  },
  INJURY_VIOLENCE: {
    ar: 'إصابة ناجمة عن عمل عنف',
    es: 'Lesión causada por un acto de violencia',
    ru: 'Ранение в результате акта насилия',
    zh: '暴力行为造成的受伤',
  },
  INJURY_SAFETY: {
    ar: 'إصابة ناجمة عن حادث يتعلق بالسلامة',
    es: 'Lesión causada por un incidente de protección',
    ru: 'Травма в результате несчастного случая',
    zh: '安全事故造成的受伤',
  },
  ABDUCTION: { ar: 'اختطاف', es: 'Secuestro', ru: 'Похищение', zh: '绑架' },
  ROBBERY: { ar: 'سطو', es: 'Robo con violencia', ru: 'Грабёж', zh: '抢劫' },
  RESIDENCE_BREAK_IN: {
    ar: 'اقتحام مسكن',
    es: 'Allanamiento de vivienda',
    ru: 'Проникновение в жилище',
    zh: '住所闯入',
  },
  AGGRAVATED_ASSAULT: {
    ar: 'اعتداء مشدد',
    es: 'Agresión con agravantes',
    ru: 'Нападение при отягчающих обстоятельствах',
    zh: '严重伤害',
  },
  SEXUAL_ASSAULT: {
    ar: 'اعتداء جنسي',
    es: 'Agresión sexual',
    ru: 'Сексуальное насилие',
    zh: '性侵犯',
  },
  BURGLARY_RESIDENCE: {
    ar: 'سرقة مسكن',
    es: 'Robo en vivienda',
    ru: 'Кража со взломом из жилища',
    zh: '入室盗窃',
  },
  INTIMIDATION: { ar: 'ترهيب', es: 'Intimidación', ru: 'Запугивание', zh: '恐吓' },
  HARASSMENT: { ar: 'مضايقة', es: 'Acoso', ru: 'Преследование', zh: '骚扰' },
  ARREST_DETENTION: {
    ar: 'اعتقال واحتجاز',
    es: 'Arresto y detención',
    ru: 'Арест и задержание',
    zh: '逮捕和拘留',
  },
  ROAD_TRAFFIC: {
    ar: 'حادث مروري',
    es: 'Accidente de tráfico',
    ru: 'Дорожно-транспортное происшествие',
    zh: '道路交通事故',
  },
  FIRE: { ar: 'حريق', es: 'Incendio', ru: 'Пожар', zh: '火灾' },
  NATURAL_HAZARD: {
    ar: 'خطر طبيعي',
    es: 'Peligro natural',
    ru: 'Стихийное бедствие',
    zh: '自然灾害',
  },
  CIVIL_UNREST: {
    ar: 'اضطرابات مدنية تمس الموظفين',
    es: 'Disturbios civiles que afectan al personal',
    ru: 'Гражданские беспорядки, затрагивающие персонал',
    zh: '影响人员的内乱',
  },
  OTHER_SAFETY: {
    ar: 'حادث آخر يتعلق بالسلامة',
    es: 'Otro incidente de protección',
    ru: 'Другой несчастный случай',
    zh: '其他安全事故',
  },
  OTHER_SECURITY: {
    ar: 'حادث أمني آخر',
    es: 'Otro incidente de seguridad',
    ru: 'Другой инцидент в области безопасности',
    zh: '其他安保事件',
  },
};

/** The name of an incident category in one of the six languages (the code if unknown). */
export function incidentCategoryName(code: string, locale: Locale): string {
  const c = incidentCategory(code);
  if (!c) return code;
  if (locale === 'en') return c.en;
  if (locale === 'fr') return c.fr;
  return NAMES[code]?.[locale] ?? c.en;
}

/** Category codes without a name in one of the four other languages (for the completeness test). */
export function categoriesMissingNames(codes: readonly string[]): string[] {
  return codes.filter((code) => !NAMES[code]);
}
