import { parse } from '@formatjs/icu-messageformat-parser';
import { catalogueProblems, LOCALES, negotiateLocale, type IcuNode } from '@fieldsafe/core';
import { describe, expect, it } from 'vitest';
import { render } from '../messaging/templates.ts';
import { capAlert } from '../travel/cap.ts';
import { en } from './en.ts';
import { serverCatalogues, st } from './index.ts';

const icu = (message: string) => parse(message, { ignoreTag: true }) as unknown as IcuNode[];

/** Texts that are the same in a language as in English (names; "Total" and "Date" in French/Spanish). */
const SAME = ['cap.senderName', 'report.cases.total', 'report.cases.date', 'validation.at'];

describe('server message catalogues', () => {
  it('English is valid ICU MessageFormat', () => {
    expect(catalogueProblems(en, en, icu, { isEnglish: true })).toEqual([]);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every key, valid ICU, the arguments of English and no English left`, () => {
      expect(
        catalogueProblems(en, serverCatalogues[locale], icu, { sameAsEnglishAllowed: SAME }),
      ).toEqual([]);
    });
  }
});

describe('messages in the recipient’s language', () => {
  it('renders the check-in message in each of the six languages', () => {
    const subjects = LOCALES.map(
      (l) => render('crisis.checkin', l, { title: 'Flood', link: 'https://x/checkin/t' }).subject,
    );
    expect(subjects).toEqual([
      'تأكيد السلامة: Flood',
      'Check in: Flood',
      'Repórtese: Flood',
      'Signalez-vous : Flood',
      'Отметьтесь: Flood',
      '报平安：Flood',
    ]);
  });

  it('groups the cascade count for the language', () => {
    const text = (l: string) =>
      render('warden.cascade', l, { title: 'T', zone: 'Harbour', count: 1234, names: 'A' }).text;
    expect(text('en')).toContain('(1,234)');
    expect(text('fr')).toContain('(1\u202f234)');
    expect(text('ar')).toContain('(1,234)');
  });

  it('a CAP alert carries one <info> block per UN language', () => {
    const xml = capAlert(
      {
        id: 'a1',
        title: 'Road closed',
        body: 'Avoid the bridge.',
        validFrom: '2026-12-01',
        validUntil: null,
        createdAt: new Date('2026-12-01T00:00:00Z'),
        updatedAt: new Date('2026-12-01T00:00:00Z'),
        countryName: 'Meridia',
        countryAlpha2: 'MR',
        locationName: 'Port',
        latitude: null,
        longitude: null,
        level: null,
      },
      { sender: 'fieldsafe@example.org', today: '2026-12-05' },
    );
    expect([...xml.matchAll(/<language>(\w+)<\/language>/g)].map((m) => m[1])).toEqual([
      ...LOCALES,
    ]);
    expect(xml).toContain('<event>إرشاد سفر</event>');
    expect(xml).toContain('<event>旅行通告</event>');
  });

  it('falls back to English for a language it does not have', () => {
    expect(st('de', 'checkin.heading')).toBe('Check in');
  });

  it('negotiates Accept-Language by quality among the six', () => {
    expect(negotiateLocale('de-CH, ar;q=0.8, fr;q=0.9')).toBe('fr');
    expect(negotiateLocale('zh-Hant-TW')).toBe('zh');
    expect(negotiateLocale('de, it;q=0.5')).toBe('en');
    expect(negotiateLocale('es;q=0, ru')).toBe('ru');
  });
});
