/**
 * Answers to a crisis check-in sent as an SMS reply (SPEC §10 "Any phone"), in English, French,
 * Spanish and Arabic: `1`/`SAFE`/`OK`/`SUR` → safe, `2`/`HELP`/`AIDE`/`AYUDA`/`مساعدة` → needs
 * help; the rest of the text is the note. Arabic-Indic digits (١, ٢) count as 1 and 2.
 */

export const SMS_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type SmsLanguage = (typeof SMS_LANGUAGES)[number];

export type ParsedReply =
  | {
      kind: 'answer';
      status: 'safe' | 'need_help';
      note: string | null;
      /** The language of the keyword, when it tells one (`1` and `OK` do not). */
      language: SmsLanguage | null;
    }
  /** Which people of a shared phone an earlier answer is for (1-based), or all of them. */
  | { kind: 'choice'; picks: number[] | 'all' }
  | { kind: 'unknown'; language: SmsLanguage | null };

const KEYWORDS: Record<string, { status: 'safe' | 'need_help'; language: SmsLanguage | null }> = {
  '1': { status: 'safe', language: null },
  OK: { status: 'safe', language: null },
  SAFE: { status: 'safe', language: 'en' },
  SUR: { status: 'safe', language: 'fr' },
  SURE: { status: 'safe', language: 'fr' },
  SEGURO: { status: 'safe', language: 'es' },
  SEGURA: { status: 'safe', language: 'es' },
  آمن: { status: 'safe', language: 'ar' },
  امن: { status: 'safe', language: 'ar' },
  '2': { status: 'need_help', language: null },
  HELP: { status: 'need_help', language: 'en' },
  AIDE: { status: 'need_help', language: 'fr' },
  AYUDA: { status: 'need_help', language: 'es' },
  مساعدة: { status: 'need_help', language: 'ar' },
  مساعده: { status: 'need_help', language: 'ar' },
};

const ALL_WORDS: Record<string, SmsLanguage> = {
  ALL: 'en',
  TOUS: 'fr',
  TOUTES: 'fr',
  TODOS: 'es',
  TODAS: 'es',
  الكل: 'ar',
  الجميع: 'ar',
};

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits to ASCII. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/** Upper case without accents (SÛR → SUR) and without Arabic diacritics or tatweel. */
function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064B-\u065F\u0670\u0640]/g, '')
    .normalize('NFC')
    .toUpperCase();
}

const SEPARATOR = /[\s.,;:!?()[\]*#'"«»\-_/\\،؛؟]+/u;

/**
 * Reads an SMS reply. `options` is the number of people offered when a shared phone was asked
 * who an answer is for: a reply of numbers alone (`1 3`, `0` for all) then picks among them.
 */
export function parseReply(text: string, options = 0): ParsedReply {
  const clean = westernDigits(text.normalize('NFKC')).trim();
  const first = clean.split(SEPARATOR).find((w) => w !== '') ?? '';
  const word = fold(first);
  if (options > 0) {
    const choice = parseChoice(clean, options);
    if (choice) return choice;
  }
  const hit = KEYWORDS[word];
  if (!hit) return { kind: 'unknown', language: guessLanguage(clean) };
  const at = clean.indexOf(first) + first.length;
  const note = clean
    .slice(at)
    .replace(/^[\s.,;:!?()[\]*#'"«»\-_/\\،؛؟]+/u, '')
    .trim();
  return {
    kind: 'answer',
    status: hit.status,
    note: note === '' ? null : note.slice(0, 2000),
    language: hit.language,
  };
}

function parseChoice(clean: string, options: number): ParsedReply | null {
  const all = ALL_WORDS[fold(clean)];
  if (all) return { kind: 'choice', picks: 'all' };
  if (!/^[0-9][0-9\s,;+&]*$/.test(clean)) return null;
  const tokens = clean.split(/[\s,;+&]+/).filter((t) => t !== '');
  // "13" with fewer than ten people offered means 1 and 3.
  const numbers = tokens.flatMap((t) =>
    t.length > 1 && options < 10 ? [...t].map(Number) : [Number(t)],
  );
  if (numbers.includes(0)) return { kind: 'choice', picks: 'all' };
  const picks = [...new Set(numbers)].sort((a, b) => a - b);
  if (picks.length === 0 || picks.some((n) => n < 1 || n > options)) return null;
  return { kind: 'choice', picks };
}

/** A language guess for the help reply to a message we could not read. */
function guessLanguage(text: string): SmsLanguage | null {
  if (/[\u0600-\u06FF]/.test(text)) return 'ar';
  return null;
}
