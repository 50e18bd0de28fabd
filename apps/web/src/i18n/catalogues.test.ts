import { parse } from '@formatjs/icu-messageformat-parser';
import { catalogueProblems, LOCALES, type IcuNode, type Locale } from '@fieldsafe/core';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogues.ts';
import { en } from './en.ts';
import { translate } from './index.tsx';

const catalogues = Object.fromEntries(
  await Promise.all(LOCALES.map(async (l) => [l, await loadCatalogue(l)] as const)),
) as unknown as Record<Locale, Record<string, string>>;

const icu = (message: string) => parse(message, { ignoreTag: true }) as unknown as IcuNode[];

/**
 * Words spelt the same as in English in a language (reviewed: cognates such as "Description",
 * "Version", "Total"); any other text equal to English fails as untranslated.
 */
const SAME: Partial<Record<Locale, readonly string[]>> = {
  fr: [
    'notifications.title',
    'crisis.actions',
    'crisis.destination',
    'dash.personnel',
    'dash.severity.info',
    'people.title',
    'people.kind.personnel',
    'common.pagination',
    'training.personnel',
    'risk.version',
    'risk.exposed.personnel',
    'incidents.version',
    'incidents.stats.total',
    'budget.version',
    'budget.sum',
    'gov.rate.total',
    'surge.notes',
    'prep.radio.notes',
    'nav.people',
    'common.kind',
    'common.latitude',
    'common.longitude',
    'common.description',
    'import.message',
    'import.action',
    'travel.notifications',
    'travel.severity.info',
    'risk.versions',
    'risk.exposed.programmes',
    'risk.impactLabel',
    'incidents.nav',
    'incidents.position',
    'incidents.classification.public',
    'incidents.list.title',
    'incidents.history.version',
    'incidents.stats.measure.incidents',
    'incidents.road.occurredOn',
    'budget.title',
    'budget.total',
    'budget.minimum',
    'budget.minimumApplied',
    'gov.recs.document',
    'gov.recs.statusNote',
    'gov.smt.heldOn',
    'crisis.messageBody',
    'crisis.kind.note',
    'prep.plans.version',
    'prep.plans.plan',
    'prep.drills.participants',
    'prep.drills.date',
    'prep.radio.date',
  ],
  es: [
    'crisis.prompt.crisis',
    'incidents.stats.total',
    'budget.sum',
    'gov.rate.total',
    'dash.severity.error',
    'kind.area.capital',
    'people.category.local',
    'risk.residual',
    'budget.total',
    'crisis.nav',
    'prep.plans.plan',
  ],
};

describe('web message catalogues', () => {
  it('English is valid ICU MessageFormat', () => {
    expect(catalogueProblems(en, en, icu, { isEnglish: true })).toEqual([]);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every key, valid ICU, the arguments of English and no English left`, () => {
      expect(
        catalogueProblems(en, catalogues[locale], icu, {
          sameAsEnglishAllowed: ['app.name', ...(SAME[locale] ?? [])],
        }),
      ).toEqual([]);
    });
  }

  it('formats plurals and numbers for the language', () => {
    expect(translate('ar', 'training.daysLeft', { n: 2 })).toBe('بقي يومان');
    expect(translate('ar', 'training.daysLeft', { n: 11 })).toBe('بقي 11 يومًا');
    expect(translate('en', 'common.range', { from: 1, to: 50, total: 1200 })).toBe('1–50 of 1,200');
    expect(translate('fr', 'common.range', { from: 1, to: 50, total: 1200 })).toBe(
      '1–50 sur 1\u202f200',
    );
  });
});
