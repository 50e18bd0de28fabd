/**
 * CSV in and out, through `csv-parse` and `csv-stringify` (RFC 4180), set up once for what
 * spreadsheets and people produce: a UTF-8 byte-order mark, CRLF / LF / CR line ends, spaces
 * around fields and around quotes, blank lines, and a bare quote inside an unquoted field (kept as
 * a character). Errors name the line of the file (`line N: …`).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { invalid } from '../http/errors.ts';

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

const LINE_END = /\r\n|\r|\n/g;

/** The library's error as a `CsvSyntaxError` naming the line and saying what is wrong. */
function syntaxError(e: CsvError, text: string, lastRecordEnd: number): CsvSyntaxError {
  const lines = text.split(LINE_END);
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    // The record that failed starts on the first non-blank line after the last one read.
    let opened = lastRecordEnd;
    while (opened < lines.length - 1 && (lines[opened] ?? '').trim() === '') opened += 1;
    return new CsvSyntaxError(opened + 1, 'a quoted field is never closed');
  }
  const line = typeof e.lines === 'number' && e.lines > 0 ? e.lines : lastRecordEnd + 1;
  if (e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    const after = /"[ \t]*([^ \t,"])/.exec(lines[line - 1] ?? '')?.[1];
    return new CsvSyntaxError(
      line,
      after === undefined
        ? 'unexpected text after a closing quote'
        : `unexpected ${JSON.stringify(after)} after a closing quote`,
    );
  }
  return new CsvSyntaxError(line, e.message.replace(/ at line \d+$/, ''));
}

/** Parse CSV text into records, skipping blank lines. Throws `CsvSyntaxError`. */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  /** The line each record ends on (the library counts them; quoted fields may span several). */
  const ends: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record, context) => {
        ends.push(context.lines);
        return record;
      },
    });
  } catch (e) {
    if (e instanceof CsvError) throw syntaxError(e, text, ends.at(-1) ?? 0);
    throw e;
  }
  return records.map((fields, i) => ({
    line: (ends[i] ?? 0) - fields.reduce((n, f) => n + (f.match(LINE_END)?.length ?? 0), 0),
    fields,
  }));
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
 * A CSV document: every row followed by `eol`. Formulas are neutralised; a field is quoted when
 * it holds a comma, quote or line end, or starts or ends with a space.
 */
export function toCsv(rows: readonly (readonly string[])[], eol: '\n' | '\r\n' = '\n'): string {
  return stringify(
    rows.map((r) => [...r]),
    {
      record_delimiter: eol,
      // A line end of either kind always quoted, whatever `eol` is.
      quoted_match: /^\s|\s$|[\r\n]/,
      cast: { string: neutraliseFormula },
    },
  );
}

/** `parseCsv` of a request's text: a syntax error is a 400 naming `field` and the line. */
export function parseCsvInput(text: string, field: string): CsvRecord[] {
  try {
    return parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      throw invalid(field, `is not valid CSV: line ${e.line}: ${e.message}`);
    throw e;
  }
}

export interface CsvTable<Column extends string> {
  /** The header's column names, lower case, in file order. */
  columns: Column[];
  /** Each data row: its file line and its values by column ('' when the row is short). */
  rows: { line: number; values: Record<Column, string> }[];
}

/**
 * The one reader of imported files: a header line naming the columns, then one row per record.
 * Bad input is a 400 naming `body` (not CSV, empty, too many rows) or `line 1` (columns).
 */
export function readCsvTable<Column extends string>(
  text: string,
  spec: {
    required: readonly Column[];
    /** Columns a file may have; any other is refused. Without it, others are ignored. */
    allowed?: readonly Column[];
    maxRows: number;
  },
): CsvTable<Column> {
  const [header, ...body] = parseCsvInput(text, 'body');
  if (!header) throw invalid('body', 'is empty: expected a header line and rows');
  const names = header.fields.map((h) => h.toLowerCase());
  const missing = spec.required.filter((c) => !names.includes(c));
  if (missing.length)
    throw invalid(`line ${header.line}`, `missing required column(s): ${missing.join(', ')}`);
  const allowed: readonly string[] | undefined = spec.allowed;
  if (allowed) {
    const unknown = names.filter((n) => !allowed.includes(n));
    if (unknown.length)
      throw invalid(
        `line ${header.line}`,
        `unknown column(s): ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`,
      );
  }
  if (body.length > spec.maxRows)
    throw invalid(
      'body',
      `has more than ${spec.maxRows.toLocaleString('en')} rows; split the file`,
    );
  const columns = names as Column[];
  return {
    columns,
    rows: body.map(({ line, fields }) => ({
      line,
      values: Object.fromEntries(columns.map((n, j) => [n, fields[j] ?? ''])) as Record<
        Column,
        string
      >,
    })),
  };
}
