import { readFile } from 'node:fs/promises';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { transformWithEsbuild, type Plugin } from 'vite';
import { isShellKey } from './src/i18n/shell.ts';

const PART = /^(.*[\\/]i18n[\\/](en|fr|es|ar|ru|zh)\.ts)\?part=(shell|rest)$/;

/**
 * A message as the app receives it: plain text with `{name}` placeholders when that is all it
 * has (ICU quoting already undone), else the ICU syntax tree, compiled here so the browser needs
 * no ICU parser.
 */
export function precompile(message: string): string | MessageFormatElement[] {
  const ast = parse(message, { ignoreTag: true });
  const simple = ast.every(
    (n) =>
      n.type === TYPE.argument ||
      (n.type === TYPE.literal && !n.value.includes('{') && !n.value.includes('}')),
  );
  if (!simple) return ast;
  return ast.map((n) => (n.type === TYPE.literal ? n.value : `{${n.value}}`)).join('');
}

/**
 * `import('./fr.ts?part=shell')` is the French catalogue's sign-in messages, `?part=rest` all the
 * others (as a default export, a JSON object of precompiled messages). The catalogue files stay
 * one per language.
 */
export function catalogueParts(): Plugin {
  return {
    name: 'fieldsafe-catalogue-parts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const m = /^(.*)\?part=(shell|rest)$/.exec(source);
      if (!m?.[1]) return null;
      const resolved = await this.resolve(m[1], importer, { skipSelf: true });
      return resolved ? `${resolved.id}?part=${m[2]}` : null;
    },
    async load(id) {
      const m = PART.exec(id);
      if (!m?.[1] || !m[2]) return null;
      const [, file, lang, part] = m;
      this.addWatchFile(file);
      const js = await transformWithEsbuild(await readFile(file, 'utf8'), file, { loader: 'ts' });
      const url = `data:text/javascript;base64,${Buffer.from(js.code).toString('base64')}`;
      const mod = (await import(url)) as Record<string, Record<string, string>>;
      const picked = Object.fromEntries(
        Object.entries(mod[lang] ?? {})
          .filter(([key]) => isShellKey(key) === (part === 'shell'))
          .map(([key, message]) => [key, precompile(message)]),
      );
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(picked))});`;
    },
  };
}
