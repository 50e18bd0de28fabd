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
});
