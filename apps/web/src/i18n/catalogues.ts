import type { Locale } from '@fieldsafe/core';
import { en, type MessageKey } from './en.ts';
import { ar } from './ar.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

/**
 * Every language's messages. Each catalogue is `Record<MessageKey, string>`, so a key missing in
 * any language fails the typecheck; `catalogues.test.ts` checks the ICU syntax and placeholders.
 */
export const catalogues: Record<Locale, Record<MessageKey, string>> = {
  ar,
  en,
  es,
  fr,
  ru,
  zh,
};
