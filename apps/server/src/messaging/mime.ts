import base64 from 'nodemailer/lib/base64/index.js';
import mimeFuncs from 'nodemailer/lib/mime-funcs/index.js';
import qp from 'nodemailer/lib/qp/index.js';

/** A sender or recipient that needs no encoding: a plain address, optionally `Name <address>`. */
const ADDRESS = "[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+";
const PLAIN_ADDRESS = new RegExp(`^${ADDRESS}$`);
const PLAIN_FROM = new RegExp(`^(?:[A-Za-z0-9 ]+ <(${ADDRESS})>|(${ADDRESS}))$`);

/**
 * 'Q' when a text has more Latin letters than other characters, else 'B', as nodemailer chooses
 * (it counts UTF-16 code units matching [\x00-\x08\x0B\x0C\x0E-\x1F\u0080-\uFFFF] against
 * [a-zA-Z] with two regular expressions; one pass over the codes gives the same counts).
 */
function textEncoding(value: string): 'Q' | 'B' {
  let nonLatin = 0;
  let latin = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80 || (c <= 0x1f && c !== 0x09 && c !== 0x0a && c !== 0x0d)) nonLatin++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return nonLatin < latin ? 'Q' : 'B';
}

/**
 * mime-funcs' encodeWords with its fourth argument, `encodeAll`, which its type declaration
 * omits: nodemailer encodes every word of a header that needs encoding (some clients drop the
 * spaces around a lone encoded word). Called as a method: it calls its siblings through `this`.
 */
const encodeAllWords = (value: string, encoding: 'Q' | 'B') =>
  (
    mimeFuncs.encodeWords as (
      this: typeof mimeFuncs,
      value: string,
      encoding: 'Q' | 'B',
      maxLength: number,
      encodeAll: boolean,
    ) => string
  ).call(mimeFuncs, value, encoding, 52, true);

/** The body ends with a line break, as nodemailer ends it. */
const endLine = (body: string) => (body.endsWith('\n') ? body : `${body}\r\n`);

export interface PlainMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  date: Date;
}

/**
 * A one-part text/plain message, composed with nodemailer's own encoders, byte for byte what
 * nodemailer's composer writes for `{ from, to, subject, text, messageId }` (a test compares the
 * two), without its per-message stream pipeline: building the MIME tree, normalising each header
 * many times and streaming the body through transforms took a third of the delivery worker's CPU
 * per e-mail. Returns null when an address needs encoding (a display name with other characters,
 * an international address) or the subject is empty: the caller then lets nodemailer compose it.
 */
export function composePlainText(m: PlainMessage): { raw: string; envelopeFrom: string } | null {
  const from = PLAIN_FROM.exec(m.from);
  const subject = m.subject.replace(/\r?\n|\r/g, ' ');
  // nodemailer leaves an empty header out.
  if (!from || !PLAIN_ADDRESS.test(m.to) || !subject.trim()) return null;
  const plain = mimeFuncs.isPlainText(m.text);
  let encoding: '7bit' | 'quoted-printable' | 'base64';
  let body: string;
  if (plain && !mimeFuncs.hasLongerLines(m.text, 76)) {
    encoding = '7bit';
    body = endLine(m.text);
  } else if (textEncoding(m.text) === 'Q') {
    encoding = 'quoted-printable';
    body = endLine(qp.wrap(qp.encode(Buffer.from(m.text)), 76));
  } else {
    encoding = 'base64';
    body = endLine(base64.wrap(base64.encode(Buffer.from(m.text)), 76));
  }
  const header = (key: string, value: string) => mimeFuncs.foldLines(`${key}: ${value}`, 76);
  const raw = [
    header('From', m.from),
    header('To', m.to),
    header('Subject', encodeAllWords(subject, textEncoding(subject))),
    header('Message-ID', m.messageId),
    header('Content-Transfer-Encoding', encoding),
    header('Date', m.date.toUTCString().replace(/GMT/, '+0000')),
    header('MIME-Version', '1.0'),
    header('Content-Type', 'text/plain; charset=utf-8'),
    '',
    body,
  ].join('\r\n');
  return { raw, envelopeFrom: from[1] ?? from[2]! };
}
