import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { composePlainText, type PlainMessage } from './mime.ts';

/** The Date header carries the time of composition: the same placeholder in both. */
const undated = (message: string) => message.replace(/^Date: .*$/m, 'Date: (now)');

/** What nodemailer's own composer writes for the same message. */
async function byNodemailer(m: PlainMessage): Promise<string> {
  const t = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await t.sendMail({
    from: m.from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    messageId: m.messageId,
  });
  return (info.message as Buffer).toString('utf8');
}

const base = {
  from: 'Fieldsafe <no-reply@fieldsafe.invalid>',
  to: 'amina.diallo@un.example',
  messageId: '<0193a3c2-7f1e-7c3a-9d2b-5f0e8a1b2c3d@fieldsafe>',
  date: new Date('2026-12-06T12:34:56Z'),
};
const link =
  'https://fieldsafe.example.org/checkin/eyJjIjoiMDE5M2EzYzIiLCJwIjoiOWQyYiJ9.c2lnbmF0dXJl';

describe('a plain-text e-mail composed without the MIME pipeline', () => {
  const cases: [string, Pick<PlainMessage, 'subject' | 'text'>][] = [
    ['ASCII, 7 bits', { subject: 'Are you safe?', text: 'Are you safe?\nReply SAFE or HELP.\n' }],
    [
      'ASCII with a long link',
      { subject: 'Crisis check-in: are you safe?', text: `Hello,\nAnswer: ${link}\n` },
    ],
    [
      'ASCII with a line over 76 characters',
      { subject: 'Check-in', text: `Answer here, please, as soon as you can: ${link}?lang=en` },
    ],
    [
      'French',
      {
        subject: 'Pointage de crise : êtes-vous en sécurité ?',
        text: `Répondez ici : ${link}\nMerci.`,
      },
    ],
    [
      'Arabic',
      {
        subject: 'تسجيل الحضور في الأزمة: هل أنت بأمان؟',
        text: `أجب هنا: ${link}\n${'طويل '.repeat(40)}`,
      },
    ],
    ['Chinese', { subject: '危机签到：您安全吗？', text: `请在此回答：${link}` }],
    [
      'Russian',
      { subject: 'Отметка в кризис: вы в безопасности?', text: `Ответьте здесь: ${link}` },
    ],
    [
      'a subject with a line break and a body with dots',
      { subject: 'Two\nlines', text: '.\n..starts with dots\n.' },
    ],
  ];
  for (const [name, c] of cases) {
    it(`is byte for byte what nodemailer composes: ${name}`, async () => {
      const m = { ...base, ...c };
      const fast = composePlainText(m);
      expect(fast).not.toBeNull();
      expect(fast!.envelopeFrom).toBe('no-reply@fieldsafe.invalid');
      expect(undated(fast!.raw)).toBe(undated(await byNodemailer(m)));
    });
  }

  it('is left to nodemailer when an address needs encoding or the subject is empty', () => {
    expect(composePlainText({ ...base, subject: ' ', text: 't' })).toBeNull();
    expect(
      composePlainText({ ...base, subject: 's', text: 't', to: 'amina@exämple.org' }),
    ).toBeNull();
    expect(
      composePlainText({ ...base, subject: 's', text: 't', from: 'Sécurité <a@b.org>' }),
    ).toBeNull();
    expect(composePlainText({ ...base, subject: 's', text: 't', to: 'A <a@b.org>' })).toBeNull();
  });
});
