import { describe, expect, it } from 'vitest';
import { APPORTION_USAGE, runApportionCommand } from './apportion.cli.ts';

/** Run the command against in-memory files; returns the exit code and what was written. */
async function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runApportionCommand(args, {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { code, stdout, stderr };
}

const FILE = 'headcounts.csv';
const args = (total = '1000000', minimum = '75000') => [
  '--total',
  total,
  '--minimum',
  minimum,
  '--headcounts',
  FILE,
];
const GOOD = 'organization,headcount\nA,5000\nB,3000\nC,1500\nD,400\nE,100\nF,0\n';
const HEADER = 'organization,headcount,share_percent,minimum_applied,amount';

/** Expect exit 2 with exactly one line on stderr containing all `parts`, nothing on stdout. */
async function expectBad(argv: string[], files: Record<string, string>, ...parts: string[]) {
  const r = await run(argv, files);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  for (const part of parts) expect(r.stderr).toContain(part);
  return r.stderr;
}

describe('fieldsafe budget apportion', () => {
  it('prints CSV in input order (the worked example of the core tests)', async () => {
    const r = await run(args(), { [FILE]: GOOD });
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        HEADER,
        'A,5000,50.00,false,407895',
        'B,3000,30.00,false,244737',
        'C,1500,15.00,false,122368',
        'D,400,4.00,true,75000',
        'E,100,1.00,true,75000',
        'F,0,0.00,true,75000',
        '',
      ].join('\n'),
    });
  });

  it('tolerates BOM, CRLF, spaces, quoted commas, column order, --x=y, 1,000,000', async () => {
    const csv =
      '\uFEFF headcount , Organization \r\n' +
      ' 5000 , "UN Secretariat, incl. UNRWA" \r\n' +
      '"1,500",  "FAO"\r\n\r\n' +
      '100,"WFP ""field"""\r\n';
    const r = await run(['--total=1,000,000.00', '--minimum', '75,000', '--headcounts', FILE], {
      [FILE]: csv,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      HEADER,
      // 100 / 6600 × 1,000,000 = 15,152 < 75,000: minimum. Rest 925,000 over 6500:
      // 711,538.46 and 213,461.54; the leftover dollar goes to the larger remainder (.54).
      '"UN Secretariat, incl. UNRWA",5000,75.76,false,711538',
      'FAO,1500,22.73,false,213462',
      '"WFP ""field""",100,1.52,true,75000',
      '',
    ]);
  });

  it('--help prints usage and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await run(['--total', 'x', flag]);
      expect(r).toEqual({ code: 0, stdout: APPORTION_USAGE, stderr: '' });
    }
    expect(APPORTION_USAGE).toContain('--headcounts <file.csv>');
  });

  it('all organizations at the minimum when the total equals the sum of minimums', async () => {
    const r = await run(args('225000'), { [FILE]: 'organization,headcount\nA,1\nB,2\nC,0\n' });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').slice(1)).toEqual([
      'A,1,33.33,true,75000',
      'B,2,66.67,false,75000',
      'C,0,0.00,true,75000',
    ]);
  });
});

describe('fieldsafe budget apportion: bad input (exit 2, one line on stderr)', () => {
  const files = { [FILE]: GOOD };

  it('missing required option', async () => {
    await expectBad(['--total', '1000', '--headcounts', FILE], files, 'missing', '--minimum');
    await expectBad([], files, '--total, --minimum, --headcounts');
    await expectBad(['--total', '--minimum', '5', '--headcounts', FILE], files, '--total needs');
  });

  it('unknown option, stray argument, repeated option', async () => {
    await expectBad([...args(), '--totl', '5'], files, 'unknown option --totl');
    await expectBad([...args(), 'extra'], files, 'unexpected argument "extra"');
    await expectBad([...args(), '--total', '5'], files, '--total is given twice');
  });

  it.each([
    ['total', 'abc'],
    ['total', '-5'],
    ['total', '12.50'],
    ['minimum', '-75000'],
    ['minimum', '7.5e4'],
    ['minimum', '99999999999999999999'],
  ])('non-numeric or negative --%s %s', async (option, value) => {
    const argv = option === 'total' ? args(value) : args('1000000', value);
    const msg = await expectBad(argv, files, `option --${option}: "${value}"`);
    expect(msg).toContain('is not a non-negative whole number of US dollars');
  });

  it('missing column in header', async () => {
    const msg = await expectBad(args(), { [FILE]: 'organization,count\nA,1\n' }, 'line 1');
    expect(msg).toBe(
      'headcounts.csv line 1: the header has no "headcount" column ' +
        '(found "organization", "count")\n',
    );
    await expectBad(args(), { [FILE]: 'org,headcount\nA,1\n' }, 'no "organization" column');
  });

  it('negative or non-integer headcount names the line and field', async () => {
    const csv = 'organization,headcount\nA,10\nB,20\nC,-3\n';
    expect(await expectBad(args(), { [FILE]: csv })).toBe(
      'headcounts.csv line 4, field headcount: "-3" is not a non-negative whole number\n',
    );
    const csv2 = 'organization,headcount\nA,10\nB,2.5\n';
    await expectBad(args(), { [FILE]: csv2 }, 'line 3, field headcount: "2.5" is not');
    await expectBad(args(), { [FILE]: 'organization,headcount\nA\n' }, 'line 2, field headcount');
  });

  it('empty organization', async () => {
    const csv = 'organization,headcount\nA,10\n  ,20\n';
    expect(await expectBad(args(), { [FILE]: csv })).toBe(
      'headcounts.csv line 3, field organization: is empty\n',
    );
    await expectBad(args(), { [FILE]: 'organization,headcount\nA,10\n"",5\n' }, 'line 3');
  });

  it('duplicate organization names both lines', async () => {
    const dup = 'organization,headcount\nUNDP,10\nWFP,20\n\n undp ,30\n';
    expect(await expectBad(args(), { [FILE]: dup })).toBe(
      'headcounts.csv line 5, field organization: "undp" duplicates line 2\n',
    );
  });

  it('total below the sum of minimums says by how much', async () => {
    expect(await expectBad(args('400000'), files)).toBe(
      'option --total: 400,000 USD is 50,000 USD below the sum of minimums ' +
        '(6 organizations × 75,000 USD = 450,000 USD)\n',
    );
  });

  it('every headcount zero with money left after the minimums', async () => {
    const csv = 'organization,headcount\nA,0\nB,0\n';
    await expectBad(args('150001'), { [FILE]: csv }, 'every headcount is zero', '1 USD');
  });

  it('unreadable file', async () => {
    const msg = await expectBad(args(), {}, 'cannot read headcounts file headcounts.csv');
    expect(msg).toContain('ENOENT');
  });

  it('empty file, blank file, header only', async () => {
    await expectBad(args(), { [FILE]: '' }, 'headcounts.csv is empty');
    await expectBad(args(), { [FILE]: '\uFEFF\r\n  \n' }, 'headcounts.csv is empty');
    await expectBad(args(), { [FILE]: 'organization,headcount\r\n' }, 'no organizations');
  });

  it('malformed CSV: unclosed quote, text after a quote, too many fields', async () => {
    await expectBad(args(), { [FILE]: 'organization,headcount\n"A,1\n' }, 'line 2', 'never closed');
    await expectBad(args(), { [FILE]: 'organization,headcount\n"A"x,1\n' }, 'line 2', 'after');
    await expectBad(args(), { [FILE]: 'organization,headcount\nA,1,2\n' }, 'line 2: 3 fields');
  });
});
