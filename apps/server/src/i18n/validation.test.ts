import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { detailIn } from './validation.ts';

describe('field messages in the reader’s language', () => {
  it('words a schema’s message in French, keeping the field name it cites', () => {
    expect(detailIn('fr', 'must not be before startsOn')).toBe(
      'ne doit pas être antérieur à startsOn',
    );
    expect(detailIn('es', 'must be at most 2000 characters')).toBe(
      'debe tener como máximo 2000 caracteres',
    );
    expect(detailIn('ar', 'must be a date YYYY-MM-DD')).toBe('يجب أن يكون تاريخاً بصيغة YYYY-MM-DD');
    expect(detailIn('ru', 'must be safe or need_help')).toBe(
      'должно быть одним из значений: safe или need_help',
    );
  });

  it('leaves English as the schema wrote it', () => {
    expect(detailIn('en', 'must not be before startsOn')).toBe('must not be before startsOn');
  });

  it('words Zod’s own messages with Zod’s locale for the language', () => {
    const r = z.object({ name: z.string().min(3) }).safeParse({ name: 'a' });
    const issue = r.error!.issues[0]!;
    const raw = { ...issue, path: [] } as unknown as z.core.$ZodRawIssue;
    const fr = detailIn('fr', issue.message, raw);
    expect(fr).not.toBe(issue.message);
    expect(fr).toMatch(/3/);
  });

  it('keeps a message no pattern knows in English rather than guessing', () => {
    expect(detailIn('zh', 'is a message nobody wrote a pattern for')).toBe(
      'is a message nobody wrote a pattern for',
    );
  });

  it('words every field message the server writes in each of the five other languages', () => {
    // The messages of `invalid(field, '…')` and of the schemas' `message:`/`error:` options,
    // read from the source's syntax tree; a template's `${…}` parts are given a sample value.
    const src = path.resolve(import.meta.dirname, '..');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const text = (node: ts.Node | undefined): string | undefined => {
      if (!node) return undefined;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
      if (ts.isTemplateExpression(node))
        return node.head.text + node.templateSpans.map((s) => `2${s.literal.text}`).join('');
      return undefined;
    };
    const found = new Set<string>();
    for (const f of files) {
      const file = ts.createSourceFile(
        f,
        readFileSync(path.join(src, f), 'utf8'),
        ts.ScriptTarget.Latest,
      );
      const visit = (node: ts.Node) => {
        let message: string | undefined;
        if (ts.isCallExpression(node) && node.expression.getText(file) === 'invalid')
          message = text(node.arguments[1]);
        else if (
          f.endsWith('.schema.ts') &&
          ts.isPropertyAssignment(node) &&
          ['message', 'error'].includes(node.name.getText(file))
        )
          message = text(node.initializer);
        // (A message made only of parts, "${where}: ${message}", is checked through its parts.)
        if (message && /[a-z]{3}/i.test(message)) found.add(message);
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(found.size).toBeGreaterThan(60);
    for (const locale of ['ar', 'es', 'fr', 'ru', 'zh'] as const) {
      const untranslated = [...found].filter((m) => detailIn(locale, m) === m);
      expect(untranslated, locale).toEqual([]);
    }
  });

  it('words a message about one line or one entry, keeping where it is', () => {
    expect(detailIn('fr', 'line 3: unknown organization code "XYZ"')).toBe(
      'ligne 3 : code d’organisation inconnu « XYZ »',
    );
    expect(detailIn('es', 'headcounts[2].organization: "WFP" is listed twice')).toBe(
      'headcounts[2].organization: «WFP» figura dos veces',
    );
  });
});
