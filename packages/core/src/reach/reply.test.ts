import { describe, expect, it } from 'vitest';
import { choicesText, confirmationText, whichPersonText } from './messages.ts';
import { parseReply, westernDigits } from './reply.ts';
import { isGsm7 } from './segments.ts';

const answer = (text: string) => parseReply(text);

describe('SMS replies to a crisis check-in', () => {
  it('1, SAFE, OK and SUR (with or without its accent) mean safe, whatever the case', () => {
    for (const t of ['1', 'SAFE', 'safe', 'Ok', 'SUR', 'sûr', 'Sûr.', ' 1 '])
      expect(answer(t), t).toMatchObject({ kind: 'answer', status: 'safe', note: null });
  });
  it('2, HELP, AIDE, AYUDA and مساعدة mean needs help', () => {
    for (const t of ['2', 'HELP', 'aide', 'Ayuda', 'مساعدة', 'مساعده'])
      expect(answer(t), t).toMatchObject({ kind: 'answer', status: 'need_help' });
  });
  it('Arabic-Indic digits ١ and ٢ count as 1 and 2', () => {
    expect(westernDigits('١٢٣ ۴')).toBe('123 4');
    expect(answer('١')).toMatchObject({ status: 'safe' });
    expect(answer('٢ الطريق مغلق')).toMatchObject({ status: 'need_help', note: 'الطريق مغلق' });
  });
  it('the rest of the text is the note', () => {
    expect(answer('HELP: broken leg, at the market')).toEqual({
      kind: 'answer',
      status: 'need_help',
      note: 'broken leg, at the market',
      language: 'en',
    });
    expect(answer('2 - bloqué à Kessa')).toMatchObject({ note: 'bloqué à Kessa', language: null });
    expect(answer('AIDE besoin d’eau')).toMatchObject({ note: 'besoin d’eau', language: 'fr' });
  });
  it('the keyword tells the language of the reply', () => {
    expect(answer('SUR')).toMatchObject({ language: 'fr' });
    expect(answer('ayuda')).toMatchObject({ language: 'es' });
    expect(answer('مساعدة')).toMatchObject({ language: 'ar' });
    expect(answer('OK')).toMatchObject({ language: null });
  });
  it('anything else is not an answer (a keyword must come first, as a whole word)', () => {
    for (const t of ['', 'hello', 'I am safe', 'SAFER', '12', '3', 'okay', 'what?'])
      expect(answer(t).kind, t).toBe('unknown');
    expect(answer('ما هذا')).toEqual({ kind: 'unknown', language: 'ar' });
  });
  it('after a shared phone was asked who an answer is for, numbers pick people (0 = all)', () => {
    expect(parseReply('1 3', 3)).toEqual({ kind: 'choice', picks: [1, 3] });
    expect(parseReply('13', 3)).toEqual({ kind: 'choice', picks: [1, 3] });
    expect(parseReply('2,1,2', 3)).toEqual({ kind: 'choice', picks: [1, 2] });
    expect(parseReply('٠', 3)).toEqual({ kind: 'choice', picks: 'all' });
    expect(parseReply('tous', 3)).toEqual({ kind: 'choice', picks: 'all' });
  });
  it('a number beyond the people offered is not a choice; a keyword still answers', () => {
    expect(parseReply('4', 3).kind).toBe('unknown');
    expect(parseReply('SAFE', 3)).toMatchObject({ kind: 'answer', status: 'safe' });
    // Without a question pending, 1 is an answer again.
    expect(parseReply('1', 0)).toMatchObject({ kind: 'answer', status: 'safe' });
  });
});

describe('SMS texts sent back', () => {
  it('English, French and Spanish replies fit the GSM 7-bit alphabet (cheaper, every handset)', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      expect(isGsm7(choicesText(lang)), lang).toBe(true);
      expect(isGsm7(confirmationText(lang, 'need_help', ['Amina Diallo'], 'Floods')), lang).toBe(
        true,
      );
      expect(isGsm7(whichPersonText(lang, 'safe', ['Amina', 'Omar'])), lang).toBe(true);
    }
  });
  it('a shared phone is offered a numbered list of its people', () => {
    expect(whichPersonText('en', 'safe', ['Amina Diallo', 'Omar Diallo'])).toContain(
      '1 Amina Diallo, 2 Omar Diallo',
    );
  });
});
