import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogueProblems, INTL_TAG, LOCALES, type IcuNode, type Locale } from '@fieldsafe/core';
import { describe, expect, it } from 'vitest';
import { ar } from './ar.ts';
import { loadWhole } from './catalogues.ts';
import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { installMessageCompiler, translate } from './index.tsx';
import { compileMessage } from './messageFormat.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

/** The catalogues as written. */
const catalogues: Record<Locale, Record<string, string>> = { en, ar, es, fr, ru, zh };

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

  it('formats plurals and numbers for the language', async () => {
    installMessageCompiler(compileMessage);
    await Promise.all(LOCALES.map((l) => loadWhole(l)));
    expect(translate('ar', 'training.daysLeft', { n: 2 })).toBe('بقي يومان');
    expect(translate('ar', 'training.daysLeft', { n: 11 })).toBe('بقي 11 يومًا');
    expect(translate('en', 'common.range', { from: 1, to: 50, total: 1200 })).toBe('1–50 of 1,200');
    expect(translate('fr', 'common.range', { from: 1, to: 50, total: 1200 })).toBe(
      '1–50 sur 1\u202f200',
    );
  });
});

/** Sample values for a message's arguments: numbers for plurals and numbers, dates for dates. */
function sampleValues(ast: MessageFormatElement[], into: Record<string, string | number | Date>) {
  for (const node of ast) {
    if (node.type === TYPE.plural || node.type === TYPE.number) into[node.value] = 3;
    else if (node.type === TYPE.date || node.type === TYPE.time) into[node.value] = new Date(0);
    else if (node.type === TYPE.select) into[node.value] = 'other';
    else if (node.type === TYPE.argument) into[node.value] ??= 'X';
    if (node.type === TYPE.plural || node.type === TYPE.select)
      for (const o of Object.values(node.options)) sampleValues(o.value, into);
  }
  return into;
}

describe('messages as loaded (in two parts, precompiled at build time)', () => {
  it('read exactly as the ICU formatter reads the catalogue as written, in every language', async () => {
    installMessageCompiler(compileMessage);
    await Promise.all(LOCALES.map((l) => loadWhole(l)));
    const differences: string[] = [];
    for (const locale of LOCALES)
      for (const [key, source] of Object.entries(catalogues[locale])) {
        const vars = sampleValues(parse(source, { ignoreTag: true }), {});
        const expected = String(new IntlMessageFormat(source, INTL_TAG[locale]).format(vars));
        const got = translate(locale, key as MessageKey, vars);
        if (got !== expected) differences.push(`${locale} ${key}: ${got} ≠ ${expected}`);
      }
    expect(differences).toEqual([]);
  });
});
