import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale/index.ts';
import { INCIDENT_CATEGORIES } from './categories.ts';
import { categoriesMissingNames, incidentCategoryName } from './category-names.ts';

describe('incident category names', () => {
  it('every category has a name in each of the six UN languages', () => {
    expect(categoriesMissingNames(INCIDENT_CATEGORIES.map((c) => c.code))).toEqual([]);
    for (const c of INCIDENT_CATEGORIES)
      for (const l of LOCALES) expect(incidentCategoryName(c.code, l)).not.toBe('');
  });

  it('names a category in the reader’s language, and an unknown code as itself', () => {
    expect(incidentCategoryName('ABDUCTION', 'ar')).toBe('اختطاف');
    expect(incidentCategoryName('ABDUCTION', 'fr')).toBe('Enlèvement');
    expect(incidentCategoryName('NO_SUCH', 'zh')).toBe('NO_SUCH');
  });
});
