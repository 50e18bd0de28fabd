import { describe, expect, it } from 'vitest';
import { DomainError } from '../http/errors.ts';
import { CsvSyntaxError, parseCsv, readCsvTable, toCsv } from './csv.ts';

/** One CSV line, without its line end. */
const formatCsvRow = (fields: string[]) => toCsv([fields]).replace(/\n$/, '');
const formatCsvField = (value: string) => formatCsvRow([value]);

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

function syntaxError(text: string): CsvSyntaxError {
  try {
    parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) return e;
    throw e;
  }
  throw new Error('expected a CsvSyntaxError');
}

describe('parseCsv', () => {
  it('reads simple records with LF, CRLF, CR and no final line end', () => {
    expect(fieldsOf('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('a,b\r\n1,2\r\n')).toEqual(fieldsOf('a,b\r1,2\r'));
  });

  it('strips a BOM, trims unquoted fields, keeps quoted ones exactly', () => {
    expect(fieldsOf('\uFEFF  a , b\t\n " x ", y ')).toEqual([
      ['a', 'b'],
      [' x ', 'y'],
    ]);
  });

  it('quoted fields hold commas, doubled quotes and line ends', () => {
    expect(fieldsOf('"a, b","say ""hi""","two\r\nlines"\n')).toEqual([
      ['a, b', 'say "hi"', 'two\r\nlines'],
    ]);
  });

  it('empty fields and trailing commas', () => {
    expect(fieldsOf('a,,\n,\n""\n')).toEqual([['a', '', ''], ['', ''], ['']]);
  });

  it('skips blank lines but keeps line numbers of the file', () => {
    const records = parseCsv('h1,h2\n\n   \r\n"multi\nline",1\nlast,2\n');
    expect(records.map((r) => r.line)).toEqual([1, 4, 6]);
  });

  it('keeps a bare quote inside an unquoted field', () => {
    expect(fieldsOf('O"Brien,1')).toEqual([['O"Brien', '1']]);
  });

  it('reports an unclosed quote at the line where it opened', () => {
    const e = syntaxError('a,b\nc,"open\n\nstill open');
    expect([e.line, e.message]).toEqual([2, 'a quoted field is never closed']);
  });

  it('reports text after a closing quote', () => {
    const e = syntaxError('a\n"x\ny" z,1');
    expect(e.line).toBe(3);
    expect(e.message).toContain('"z"');
  });

  it('an empty text has no records', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF\n\n')).toEqual([]);
  });
});

describe('toCsv', () => {
  it('quotes only when needed', () => {
    expect(formatCsvRow(['plain', 'a,b', 'say "hi"', 'two\nlines', ' pad', ''])).toBe(
      'plain,"a,b","say ""hi""","two\nlines"," pad",',
    );
  });

  it('round-trips through parseCsv', () => {
    const values = ['UN Secretariat, incl. UNRWA', '"quoted"', ' spaced ', 'x\r\ny', 'é'];
    expect(fieldsOf(formatCsvRow(values) + '\r\n')).toEqual([values]);
    expect(formatCsvField('FAO')).toBe('FAO');
  });

  it('a cell a spreadsheet would run as a formula is written as text; plain numbers stay numbers', () => {
    expect(formatCsvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(formatCsvField("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(formatCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvField('-2+3')).toBe("'-2+3");
    expect(formatCsvField('\tTab')).toBe("'\tTab");
    expect(formatCsvField('\rX')).toBe(`"'\rX"`);
    for (const n of ['-5', '+1.5', '-0.25', '-1e3', '0'] as const)
      expect(formatCsvField(n)).toBe(n);
    // Reading it back gives the neutralised text; an import keeps what it is given.
    expect(fieldsOf(`${formatCsvRow(['=1+1', 'x'])}\n`)).toEqual([["'=1+1", 'x']]);
    expect(fieldsOf('=1+1,x\n')).toEqual([['=1+1', 'x']]);
  });
});

describe('readCsvTable', () => {
  const spec = { required: ['a', 'b'], allowed: ['a', 'b', 'c'], maxRows: 2 } as const;
  function failure(text: string, s: Parameters<typeof readCsvTable>[1] = spec) {
    try {
      readCsvTable(text, s);
    } catch (e) {
      if (e instanceof DomainError) return e.message;
      throw e;
    }
    throw new Error('expected a DomainError');
  }

  it('reads rows by lower-cased column name, with the line of the file each starts on', () => {
    const t = readCsvTable('A,b\n1,2\n\n"x\ny"\n', spec);
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      { line: 2, values: { a: '1', b: '2' } },
      { line: 4, values: { a: 'x\ny', b: '' } },
    ]);
  });

  it('names what is wrong: not CSV (with its line), empty, columns on line 1, too many rows', () => {
    expect(failure('a,b\n"open')).toBe(
      'body: is not valid CSV: line 2: a quoted field is never closed',
    );
    expect(failure('\n')).toBe('body: is empty: expected a header line and rows');
    expect(failure('a\n1')).toBe('line 1: missing required column(s): b');
    expect(failure('a,b,z\n1,2,3')).toBe('line 1: unknown column(s): z; allowed: a, b, c');
    expect(failure('a,b\n1,2\n3,4\n5,6')).toBe('body: has more than 2 rows; split the file');
  });

  it('without a list of allowed columns, other columns are read and not refused', () => {
    expect(readCsvTable('a,b,z\n1,2,3', { required: ['a'], maxRows: 9 }).rows[0]?.values).toEqual({
      a: '1',
      b: '2',
      z: '3',
    });
  });
});
