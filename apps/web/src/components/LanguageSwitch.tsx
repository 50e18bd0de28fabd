import { isLocale, LOCALE_NAMES, LOCALES } from '@fieldsafe/core';
import { api } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';

/** The six languages; a signed-in user's choice is also kept in their profile (for messages). */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <select
      className="lang-switch"
      value={locale}
      aria-label={t('nav.language')}
      onChange={(e) => {
        const next = e.target.value;
        if (!isLocale(next)) return;
        setLocale(next);
        if (signedIn) void api.put('/api/auth/me/locale', { locale: next }).catch(() => undefined);
      }}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
