/**
 * The texts Fieldsafe sends back by SMS: short, and in GSM-7 where the language allows (one
 * segment costs less and reaches every handset), in the language the person answered in.
 */
import type { SmsLanguage } from './reply.ts';

const STATUS: Record<SmsLanguage, Record<'safe' | 'need_help', string>> = {
  en: { safe: 'SAFE', need_help: 'NEEDS HELP' },
  fr: { safe: 'EN SÉCURITÉ', need_help: "BESOIN D'AIDE" },
  es: { safe: 'A SALVO', need_help: 'NECESITA AYUDA' },
  ar: { safe: 'بأمان', need_help: 'بحاجة إلى مساعدة' },
};

export function smsLanguage(value: string | null | undefined): SmsLanguage {
  return value === 'fr' || value === 'es' || value === 'ar' ? value : 'en';
}

/** "Thank you. Recorded: SAFE for Amina Diallo (Flooding in Amara)." */
export function confirmationText(
  lang: SmsLanguage,
  status: 'safe' | 'need_help',
  names: readonly string[],
  title: string,
): string {
  const who = names.join(', ');
  const s = STATUS[lang][status];
  const help = status === 'need_help';
  switch (lang) {
    case 'fr':
      return `Merci. Réponse enregistrée : ${s} pour ${who} (${title}).${help ? ' Votre gardien va vous appeler.' : ''}`;
    case 'es':
      return `Gracias. Respuesta registrada: ${s} para ${who} (${title}).${help ? ' Su responsable de zona le contactara.' : ''}`;
    case 'ar':
      return `شكرا. تم تسجيل الرد: ${s} لـ ${who} (${title}).${help ? ' سيتصل بك مسؤول منطقتك.' : ''}`;
    default:
      return `Thank you. Recorded: ${s} for ${who} (${title}).${help ? ' Your warden will contact you.' : ''}`;
  }
}

/** The one reply to a message that is not an answer. */
export function choicesText(lang: SmsLanguage): string {
  switch (lang) {
    case 'fr':
      return "Répondez 1 ou SUR = en sécurité, 2 ou AIDE = besoin d'aide (ajoutez le lieu et ce qu'il vous faut).";
    case 'es':
      return 'Responda 1 u OK si esta a salvo, 2 o AYUDA si necesita ayuda (agregue donde esta y que necesita).';
    case 'ar':
      return 'أرسل 1 إذا كنت بأمان، أو 2 أو مساعدة إذا كنت بحاجة إلى مساعدة (مع مكانك وما تحتاجه).';
    default:
      return 'Reply 1 or SAFE if you are safe, 2 or HELP if you need help (add where you are and what you need).';
  }
}

/** A shared (family) phone: who is the answer for? Numbered, 0 for everyone. */
export function whichPersonText(
  lang: SmsLanguage,
  status: 'safe' | 'need_help',
  names: readonly string[],
): string {
  const list = names.map((n, i) => `${i + 1} ${n}`).join(', ');
  const s = STATUS[lang][status];
  switch (lang) {
    case 'fr':
      return `Ce téléphone est partagé. Pour qui est la réponse ${s} ? Répondez ${list} (plusieurs numéros possibles), ou 0 pour tous.`;
    case 'es':
      return `Este telefono es compartido. Para quien es la respuesta ${s}? Responda ${list} (varios numeros posibles), o 0 para todos.`;
    case 'ar':
      return `هذا الهاتف مشترك. لمن الرد ${s}؟ أرسل ${list} (يمكن عدة أرقام)، أو 0 للجميع.`;
    default:
      return `This phone is shared. Who is the answer ${s} for? Reply ${list} (several numbers allowed), or 0 for everyone.`;
  }
}

/** A known number with nothing to answer. */
export function nothingOpenText(lang: SmsLanguage): string {
  switch (lang) {
    case 'fr':
      return "Aucune demande de nouvelles n'est ouverte pour ce numéro. En cas d'urgence, appelez votre gardien ou votre point focal pour la sécurité.";
    case 'es':
      return 'No hay ninguna solicitud abierta para este numero. En caso de emergencia, llame a su responsable de zona o punto focal de seguridad.';
    case 'ar':
      return 'لا يوجد طلب مفتوح لهذا الرقم. في حالة الطوارئ اتصل بمسؤول منطقتك أو بجهة تنسيق الأمن.';
    default:
      return 'No check-in is open for this number. In an emergency call your warden or security focal point.';
  }
}
