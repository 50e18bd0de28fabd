/**
 * A small RFC 4180 CSV reader and writer, tolerant of what spreadsheets and people produce:
 * a UTF-8 byte-order mark, CRLF / LF / CR line ends, spaces around fields and around quotes,
 * blank lines, and a bare quote inside an unquoted field (kept as a character).
 */

export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number;
  /** Field values: unquoted fields are trimmed, quoted ones kept exactly as written. */
  fields: string[];
}

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Parse CSV text into records, skipping blank lines. Throws `CsvSyntaxError`. */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;

  /** Consume a line end at `pos` if there is one; true when one was consumed. */
  const lineEnd = (): boolean => {
    const c = text[pos];
    if (c === '\r') {
      pos += text[pos + 1] === '\n' ? 2 : 1;
    } else if (c === '\n') {
      pos += 1;
    } else {
      return false;
    }
    line += 1;
    return true;
  };

  while (pos < text.length) {
    const startLine = line;
    const fields: string[] = [];
    let quotedAny = false;
    for (;;) {
      while (isBlank(text[pos])) pos += 1;
      if (text[pos] === '"') {
        quotedAny = true;
        fields.push(readQuoted());
        while (isBlank(text[pos])) pos += 1;
        const c = text[pos];
        if (c !== undefined && c !== ',' && c !== '\r' && c !== '\n') {
          throw new CsvSyntaxError(line, `unexpected ${JSON.stringify(c)} after a closing quote`);
        }
      } else {
        let end = pos;
        while (end < text.length && !',\r\n'.includes(text[end] ?? '')) end += 1;
        fields.push(text.slice(pos, end).trim());
        pos = end;
      }
      if (text[pos] === ',') {
        pos += 1;
        continue;
      }
      lineEnd();
      break;
    }
    const blank = !quotedAny && fields.length === 1 && fields[0] === '';
    if (!blank) records.push({ line: startLine, fields });
  }
  return records;

  /** Read a quoted field starting at the opening quote at `pos`. */
  function readQuoted(): string {
    const openLine = line;
    pos += 1;
    let value = '';
    for (;;) {
      const close = text.indexOf('"', pos);
      if (close < 0) {
        throw new CsvSyntaxError(openLine, 'a quoted field is never closed');
      }
      value += countLines(text.slice(pos, close));
      if (text[close + 1] === '"') {
        value += '"';
        pos = close + 2;
        continue;
      }
      pos = close + 1;
      return value;
    }
  }

  /** Keep line numbers right across line ends inside quoted fields. */
  function countLines(chunk: string): string {
    const ends = chunk.match(/\r\n|\r|\n/g);
    if (ends) line += ends.length;
    return chunk;
  }
}

/** A plain number (`-5`, `+1.5`, `-0.25e3`): spreadsheets read it as a number, not a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
 * return: the OWASP CSV-injection rule) is written with a leading apostrophe, which shows the text
 * as it is. Plain numbers such as `-5` stay numbers. Imports read the original text back.
 */
export function neutraliseFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/**
 * Quote a field when it holds a comma, quote or line end, or starts or ends with a space;
 * neutralise formulas first.
 */
export function formatCsvField(raw: string): string {
  const value = neutraliseFormula(raw);
  if (/[",\r\n]/.test(value) || /^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** One CSV line, without its line end. */
export function formatCsvRow(fields: readonly string[]): string {
  return fields.map(formatCsvField).join(',');
}
