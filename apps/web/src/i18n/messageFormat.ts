import { TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { INTL_TAG } from '@fieldsafe/core';
import type { MessageCompiler } from './index.tsx';

/**
 * ICU MessageFormat for the signed-in app (installed with `installMessageCompiler`). Messages
 * arrive as syntax trees compiled at build time; the parser itself is left out of the bundle
 * (vite.config.ts aliases it to its no-parser entry).
 */
export const compileMessage: MessageCompiler = (ast, locale) => {
  const plain = new Set<string>();
  for (const node of ast) if (node.type === TYPE.argument) plain.add(node.value);
  const format = new IntlMessageFormat(ast, INTL_TAG[locale]);
  return {
    plain,
    format(values) {
      const out = format.format<string>(values);
      return Array.isArray(out) ? out.join('') : String(out);
    },
  };
};
