import type { Locale } from '@fieldsafe/core';
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

/**
 * Every language's messages. Each catalogue is `Record<MessageKey, string>`, so a key missing in
 * any language fails the typecheck; `i18n.test.ts` checks the ICU syntax and placeholders.
 * Languages not yet translated fall back to English (temporary, see GLOSSARY.md).
 */
export const catalogues: Record<Locale, Record<MessageKey, string>> = {
  ar: en,
  en,
  es: en,
  fr,
  ru: en,
  zh: en,
};
