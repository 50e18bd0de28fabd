import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatPercent,
  isRtl,
  localeOfTag,
  negotiateLocale,
} from './index.ts';

describe('one locale-aware format for the six languages', () => {
  it('writes a calendar day the same day in every time zone', () => {
    expect(formatDate('2026-12-05', 'en')).toBe('5 Dec 2026');
    expect(formatDate('2026-12-05', 'fr')).toBe('5 déc. 2026');
    expect(formatDate('2026-12-05', 'zh')).toBe('2026年12月5日');
  });

  it('writes a moment with its time zone', () => {
    expect(formatDateTime('2026-12-05T06:33:16Z', 'en', 'UTC')).toBe('5 Dec 2026, 06:33 UTC');
    expect(formatDateTime('2026-12-05T06:33:16Z', 'fr', 'Africa/Khartoum')).toContain('08:33');
  });

  it('groups numbers and percentages for the language', () => {
    expect(formatPercent(0.499, 'en')).toBe('49.9%');
    expect(formatPercent(0.499, 'fr')).toBe('49,9\u00a0%');
    expect(formatNumber(227184500, 'fr')).toBe('227\u202f184\u202f500');
    expect(formatNumber(1234, 'ar')).toBe('1,234');
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['a', 'b', 'c'], 'es')).toBe('a, b y c');
  });

  it('knows Arabic reads right to left and maps tags to the six', () => {
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('zh')).toBe(false);
    expect(localeOfTag('zh-Hant-TW')).toBe('zh');
    expect(localeOfTag('pt-BR')).toBeNull();
    expect(negotiateLocale('pt-BR, es;q=0.7, en;q=0.5')).toBe('es');
  });
});
