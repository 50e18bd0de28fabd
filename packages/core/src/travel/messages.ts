import { formatDate, LOCALES, type Locale } from '../locale/index.ts';
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
  MAIP_NOT_RECORDED: 'info',
  MAIP_EXPIRED: 'refer',
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

/** The same sentence built in each of the six languages. */
function each(build: (locale: Locale) => string): LocalizedText {
  return Object.fromEntries(LOCALES.map((l) => [l, build(l)])) as LocalizedText;
}

const BSITF: LocalizedText = {
  ar: 'الأمن الأساسي في الميدان',
  en: 'Basic Security in the Field',
  es: 'Seguridad Básica sobre el Terreno',
  fr: 'Sécurité de base sur le terrain',
  ru: 'Основы безопасности на местах',
  zh: '外地基本安全',
};
const ASITF: LocalizedText = {
  ar: 'الأمن المتقدم في الميدان',
  en: 'Advanced Security in the Field',
  es: 'Seguridad Avanzada sobre el Terreno',
  fr: 'Sécurité avancée sur le terrain',
  ru: 'Повышенная безопасность на местах',
  zh: '外地高级安全',
};
const SSAFE: LocalizedText = each(() => 'SSAFE');

function where(ctx: MessageContext): LocalizedText {
  if (ctx.legIndex === null) {
    return {
      ar: 'خط الرحلة',
      en: 'Itinerary',
      es: 'Itinerario',
      fr: 'Itinéraire',
      ru: 'Маршрут',
      zh: '行程',
    };
  }
  const n = ctx.legIndex + 1;
  const place = ctx.place ? ` (${ctx.place})` : '';
  return {
    ar: `المرحلة ${n}${place}`,
    en: `Leg ${n}${place}`,
    es: `Tramo ${n}${place}`,
    fr: `Étape ${n}${place}`,
    ru: `Этап ${n}${place}`,
    zh: `第 ${n} 段${place}`,
  };
}

function str(value: ReasonDetail | undefined): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A date detail in the reader's language ("5 déc. 2026"). */
function day(value: ReasonDetail | undefined, locale: Locale): string {
  const s = str(value);
  return s === '' ? s : formatDate(s, locale);
}

const ITINERARY: Record<ItineraryProblem, LocalizedText> = {
  'no-legs': {
    ar: 'لا تتضمن أي مرحلة',
    en: 'has no legs',
    es: 'no tiene ningún tramo',
    fr: 'ne comporte aucune étape',
    ru: 'не содержит ни одного этапа',
    zh: '没有任何行程段',
  },
  'invalid-dates': {
    ar: 'فيها تاريخ ناقص أو غير صحيح الصيغة (المطلوب YYYY-MM-DD)',
    en: 'has a missing or malformed date (expected YYYY-MM-DD)',
    es: 'tiene una fecha que falta o está mal escrita (se espera AAAA-MM-DD)',
    fr: 'a une date manquante ou mal formée (AAAA-MM-JJ attendu)',
    ru: 'содержит отсутствующую или неверно записанную дату (ожидается ГГГГ-ММ-ДД)',
    zh: '日期缺失或格式错误（应为 YYYY-MM-DD）',
  },
  'arrival-after-departure': {
    ar: 'موعد الوصول فيها بعد موعد المغادرة',
    en: 'arrives after it departs',
    es: 'llega después de su salida',
    fr: 'a une arrivée postérieure au départ',
    ru: 'прибытие позже отъезда',
    zh: '抵达日期晚于离开日期',
  },
  'overlaps-previous': {
    ar: 'تبدأ قبل انتهاء المرحلة السابقة',
    en: 'starts before the previous leg ends',
    es: 'empieza antes de que termine el tramo anterior',
    fr: "commence avant la fin de l'étape précédente",
    ru: 'начинается до окончания предыдущего этапа',
    zh: '在上一段结束前开始',
  },
  'unknown-destination': {
    ar: 'وجهتها غير معروفة',
    en: 'has an unknown destination',
    es: 'tiene un destino desconocido',
    fr: 'a une destination inconnue',
    ru: 'имеет неизвестный пункт назначения',
    zh: '目的地不明',
  },
};

/** "Leg 2 (Juba): …" in each language. */
function said(ctx: MessageContext, text: LocalizedText): LocalizedText {
  const w = where(ctx);
  const colon: Record<Locale, string> = {
    ar: ': ',
    en: ': ',
    es: ': ',
    fr: ' : ',
    ru: ': ',
    zh: '：',
  };
  return each((l) => `${w[l]}${colon[l]}${text[l]}`);
}

function missing(course: LocalizedText, field: boolean): Texts {
  return (ctx) =>
    said(ctx, {
      ar: `يلزم شهادة ${course.ar} سارية${field ? ' لموقع ميداني' : ''}.`,
      en: `a valid ${course.en} certificate is required${field ? ' for a field location' : ''}.`,
      es: `se requiere un certificado válido de ${course.es}${field ? ' para un lugar sobre el terreno' : ''}.`,
      fr: `un certificat ${course.fr} valide est requis${field ? ' pour un lieu hors siège' : ''}.`,
      ru: `требуется действующий сертификат «${course.ru}»${field ? ' для места службы на местах' : ''}.`,
      zh: `${field ? '前往外地地点' : ''}须持有有效的“${course.zh}”证书。`,
    });
}

function expired(course: LocalizedText): Texts {
  return (ctx) => {
    const on = (l: Locale) => day(ctx.details.expiresOn, l);
    const through = (l: Locale) => day(ctx.details.neededThrough, l);
    return said(ctx, {
      ar: `تنتهي صلاحية شهادة ${course.ar} في ${on('ar')}؛ ويجب أن تظل سارية حتى ${through('ar')}.`,
      en: `the ${course.en} certificate expires on ${on('en')}; it must be valid through ${through('en')}.`,
      es: `el certificado de ${course.es} vence el ${on('es')}; debe ser válido hasta el ${through('es')}.`,
      fr: `le certificat ${course.fr} expire le ${on('fr')} ; il doit être valide jusqu'au ${through('fr')}.`,
      ru: `сертификат «${course.ru}» истекает ${on('ru')}; он должен действовать до ${through('ru')}.`,
      zh: `“${course.zh}”证书于 ${on('zh')} 到期；须有效至 ${through('zh')}。`,
    });
  };
}

export const MESSAGES: Readonly<Record<ReasonCode, Texts>> = {
  ITINERARY_INVALID: (ctx) => {
    const w = where(ctx);
    const problem = str(ctx.details.problem);
    const p = Object.hasOwn(ITINERARY, problem)
      ? ITINERARY[problem as ItineraryProblem]
      : ITINERARY['invalid-dates'];
    return each((l) => `${w[l]} ${p[l]}${l === 'zh' ? '。' : '.'}`);
  },
  ORGANIZATION_SANCTIONED: (ctx) =>
    said(ctx, {
      ar: 'يُرفض منح التصريح الأمني لموظفي هذه المنظمة هنا.',
      en: 'security clearance is denied to staff of this organization here.',
      es: 'aquí se deniega la autorización de seguridad al personal de esta organización.',
      fr: "l'autorisation de sécurité est refusée au personnel de cette organisation ici.",
      ru: 'персоналу этой организации здесь отказано в разрешении по соображениям безопасности.',
      zh: '此处拒绝向该组织人员发放安全许可。',
    }),
  BSITF_MISSING: missing(BSITF, false),
  BSITF_EXPIRED: expired(BSITF),
  ASITF_REQUIRED_FOR_FIELD: missing(ASITF, true),
  ASITF_EXPIRED: expired(ASITF),
  SSAFE_REQUIRED: (ctx) =>
    said(ctx, {
      ar: 'تدريب SSAFE إلزامي هنا ولا يشمل الإقامةَ أيُّ إعفاء.',
      en: 'SSAFE training is mandatory here and no exemption covers the stay.',
      es: 'la formación SSAFE es obligatoria aquí y ninguna exención cubre la estancia.',
      fr: 'la formation SSAFE y est obligatoire et aucune dérogation ne couvre le séjour.',
      ru: 'подготовка SSAFE здесь обязательна, и ни одно освобождение не распространяется на пребывание.',
      zh: '此处必须接受 SSAFE 培训，且没有任何豁免涵盖此次停留。',
    }),
  SSAFE_EXPIRED: expired(SSAFE),
  STAFF_CEILING_REACHED: (ctx) => {
    const n = str(ctx.details.headcount);
    const max = str(ctx.details.ceiling);
    return said(ctx, {
      ar: `بلغ عدد الموظفين الحد الأقصى وهو ${max} (المخطط ${n})؛ والقرار للمعتمِد.`,
      en: `the staff ceiling of ${max} is reached (${n} planned); the approver decides.`,
      es: `se ha alcanzado el límite máximo de ${max} personas (${n} previstas); decide quien aprueba.`,
      fr: `le plafond de ${max} personnes est atteint (${n} prévues) ; l'approbateur décide.`,
      ru: `предельная численность персонала (${max}) достигнута (запланировано ${n}); решение принимает утверждающий.`,
      zh: `已达到 ${max} 人的人员上限（计划 ${n} 人）；由审批人决定。`,
    });
  },
  MAIP_NOT_RECORDED: (ctx) =>
    said(ctx, {
      ar: 'لا توجد تغطية مسجلة بتأمين الأعمال الكيدية؛ ولا يمكن التحقق من سريانها.',
      en: 'no malicious-acts insurance coverage is recorded; its validity cannot be confirmed.',
      es: 'no consta ninguna cobertura del seguro contra actos dolosos; no se puede confirmar su validez.',
      fr: "aucune couverture d'assurance contre les actes de malveillance n'est enregistrée ; sa validité ne peut être confirmée.",
      ru: 'страхование от злоумышленных действий не зарегистрировано; его действие нельзя подтвердить.',
      zh: '未登记恶意行为保险；无法确认其有效性。',
    }),
  MAIP_EXPIRED: (ctx) => {
    const on = (l: Locale) => day(ctx.details.validUntil, l);
    const through = (l: Locale) => day(ctx.details.neededThrough, l);
    return said(ctx, {
      ar: `تنتهي تغطية تأمين الأعمال الكيدية في ${on('ar')}؛ ويجب أن تظل سارية حتى ${through('ar')}؛ والقرار للمعتمِد.`,
      en: `the malicious-acts insurance coverage ends on ${on('en')}; it must be valid through ${through('en')}; the approver decides.`,
      es: `la cobertura del seguro contra actos dolosos termina el ${on('es')}; debe ser válida hasta el ${through('es')}; decide quien aprueba.`,
      fr: `la couverture d'assurance contre les actes de malveillance prend fin le ${on('fr')} ; elle doit être valide jusqu'au ${through('fr')} ; l'approbateur décide.`,
      ru: `страхование от злоумышленных действий заканчивается ${on('ru')}; оно должно действовать до ${through('ru')}; решение принимает утверждающий.`,
      zh: `恶意行为保险于 ${on('zh')} 到期；须有效至 ${through('zh')}；由审批人决定。`,
    });
  },
  ARRIVAL_BRIEFING_REQUIRED: (ctx) =>
    said(ctx, {
      ar: 'احضر الإحاطة الأمنية عند الوصول وأقرّ بها كتابةً.',
      en: 'attend the security briefing on arrival and acknowledge it in writing.',
      es: 'asista a la sesión informativa de seguridad a su llegada y acuse recibo por escrito.',
      fr: "suivre le briefing de sécurité à l'arrivée et en accuser réception par écrit.",
      ru: 'по прибытии пройдите инструктаж по вопросам безопасности и письменно подтвердите это.',
      zh: '抵达后参加安全简报并书面确认。',
    }),
  CLEARANCE_NOT_REQUIRED: (ctx) =>
    said(ctx, {
      ar: 'لا يسري أي مستوى أمني؛ ويفيد التصريح في معرفة أماكن الوجود فقط.',
      en: 'no security level is in effect; the clearance serves whereabouts only.',
      es: 'no hay ningún nivel de seguridad en vigor; la autorización solo sirve para saber dónde está el personal.',
      fr: "aucun niveau de sécurité n'est en vigueur ; l'autorisation sert au suivi des déplacements.",
      ru: 'уровень безопасности не установлен; разрешение служит только для учёта местонахождения.',
      zh: '当前未实行任何安全级别；该许可仅用于掌握人员行踪。',
    }),
};
