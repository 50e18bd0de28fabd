/**
 * Checks of message catalogues, shared by the web and server completeness tests. The ICU parser
 * is passed in (the tests use @formatjs/icu-messageformat-parser) so the domain package keeps no
 * dependency.
 */
export interface IcuNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: IcuNode[] }>;
  children?: IcuNode[];
}
export type IcuParse = (message: string) => IcuNode[];

/** The argument names a parsed message uses ({name}, {n, plural, …}, nested ones too). */
export function argumentNames(nodes: readonly IcuNode[]): Set<string> {
  const names = new Set<string>();
  const walk = (list: readonly IcuNode[]) => {
    for (const node of list) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag (see the parser's TYPE)
      if (node.type >= 1 && node.type <= 6 && typeof node.value === 'string') names.add(node.value);
      if (node.options) for (const o of Object.values(node.options)) walk(o.value);
      if (node.children) walk(node.children);
    }
  };
  walk(nodes);
  return names;
}

/** Whether an English text is a name or code that may stay the same in every language. */
function languageNeutral(english: string): boolean {
  const words = english.replace(/\{[^{}]*\}/g, '').replace(/\{[\s\S]*\}/g, '');
  return !/[a-z]{3,}/.test(words);
}

/**
 * Every problem of one catalogue against the English one: missing or empty keys, unknown keys,
 * ICU syntax errors, arguments not those of English, and texts left in English.
 */
export function catalogueProblems(
  english: Readonly<Record<string, string>>,
  catalogue: Readonly<Record<string, string>>,
  parse: IcuParse,
  options: { sameAsEnglishAllowed?: readonly string[]; isEnglish?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const allowed = new Set(options.sameAsEnglishAllowed ?? []);
  for (const [key, en] of Object.entries(english)) {
    const text = catalogue[key];
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${key}: missing`);
      continue;
    }
    let expected: Set<string>;
    let actual: Set<string>;
    try {
      expected = argumentNames(parse(en));
    } catch (e) {
      problems.push(`${key}: English text is not valid ICU (${String(e)})`);
      continue;
    }
    try {
      actual = argumentNames(parse(text));
    } catch (e) {
      problems.push(`${key}: not valid ICU (${String(e)})`);
      continue;
    }
    const want = [...expected].sort().join(',');
    const got = [...actual].sort().join(',');
    if (want !== got) problems.push(`${key}: arguments {${got}} instead of {${want}}`);
    if (!options.isEnglish && text === en && !languageNeutral(en) && !allowed.has(key))
      problems.push(`${key}: left in English`);
  }
  for (const key of Object.keys(catalogue))
    if (!(key in english)) problems.push(`${key}: not an English key`);
  return problems;
}
