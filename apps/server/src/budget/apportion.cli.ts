/**
 * `fieldsafe budget apportion --total <USD> --minimum <USD> --headcounts <file.csv>`
 *
 * Apportions a jointly financed budget by headcount with a minimum contribution (SPEC §8,
 * JIU/REP/2016/9 ¶190 and Annex I) and prints the result as CSV.
 */
import {
  ApportionError,
  apportion,
  organizationKey,
  type ApportionmentRow,
  type HeadcountEntry,
} from '@fieldsafe/core';
import { CsvSyntaxError, parseCsv, toCsv, type CsvRecord } from '../common/csv.ts';

export interface CliIo {
  readFile(path: string): Promise<string>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const APPORTION_USAGE = `Usage:
  fieldsafe budget apportion --total <USD> --minimum <USD> --headcounts <file.csv>

Apportion a jointly financed budget among organizations by their share of field headcount.
Organizations whose pro-rata share is below the minimum (or whose headcount is zero) pay the
minimum; the rest is shared pro rata among the others, repeated until nobody else falls below.
Amounts are whole dollars that add up exactly to the total (largest-remainder rounding).

Options:
  --total <USD>        budget to apportion, whole US dollars (e.g. 227184500 or 227,184,500)
  --minimum <USD>      minimum contribution per organization, whole US dollars (e.g. 75000)
  --headcounts <file>  CSV file with the header "organization,headcount"
  -h, --help           show this help

Output (CSV on stdout):
  organization,headcount,share_percent,minimum_applied,amount

Exit status: 0 on success, 2 on bad input.
`;

const OPTIONS = ['total', 'minimum', 'headcounts'] as const;
type OptionName = (typeof OPTIONS)[number];

/** Bad input: reported on stderr as one line, exit status 2. */
class InputError extends Error {}

export async function runApportionCommand(args: string[], io: CliIo): Promise<number> {
  if (args.some((a) => a === '--help' || a === '-h')) {
    io.stdout(APPORTION_USAGE);
    return 0;
  }
  try {
    const options = parseOptions(args);
    const totalDollars = parseDollars('total', options.total);
    const minimum = parseDollars('minimum', options.minimum);
    const file = options.headcounts;
    const { entries, lines } = readHeadcounts(file, await readText(io, file));
    const rows = computeApportionment(file, lines, { totalDollars, minimum, entries });
    const header = ['organization', 'headcount', 'share_percent', 'minimum_applied', 'amount'];
    const body = rows.map((r) => [
      r.organization,
      String(r.headcount),
      r.share_percent,
      String(r.minimum_applied),
      String(r.amount),
    ]);
    io.stdout(toCsv([header, ...body]));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function parseOptions(args: readonly string[]): Record<OptionName, string> {
  const found: Partial<Record<OptionName, string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      throw new InputError(`unexpected argument ${JSON.stringify(arg)} (see --help)`);
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (!isOption(name)) throw new InputError(`unknown option --${name} (see --help)`);
    let value: string | undefined;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i += 1;
      }
    }
    if (value === undefined || value.trim() === '') {
      throw new InputError(`option --${name} needs a value (see --help)`);
    }
    if (found[name] !== undefined) throw new InputError(`option --${name} is given twice`);
    found[name] = value;
  }
  const missing = OPTIONS.filter((o) => found[o] === undefined);
  if (missing.length > 0) {
    const list = missing.map((o) => `--${o}`).join(', ');
    throw new InputError(
      `missing required option${missing.length > 1 ? 's' : ''} ${list} (see --help)`,
    );
  }
  return found as Record<OptionName, string>;
}

function isOption(name: string): name is OptionName {
  return (OPTIONS as readonly string[]).includes(name);
}

/** A whole non-negative number, digits only or grouped by commas ("227,184,500"). */
function parseWhole(raw: string): number | null {
  const s = raw.trim();
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

function parseDollars(name: OptionName, raw: string): number {
  const whole = parseWhole(raw.trim().replace(/\.0{1,2}$/, ''));
  if (whole === null) {
    throw new InputError(
      `option --${name}: ${JSON.stringify(raw)} is not a non-negative whole number of US dollars`,
    );
  }
  return whole;
}

async function readText(io: CliIo, file: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new InputError(`cannot read headcounts file ${file}: ${reason}`);
  }
}

interface Headcounts {
  entries: HeadcountEntry[];
  /** File line of each entry, by index. */
  lines: number[];
}

function readHeadcounts(file: string, text: string): Headcounts {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new InputError(`${file} is empty: expected the header "organization,headcount"`);
  }
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new InputError(`${file} line ${e.line}: ${e.message}`);
    throw e;
  }
  const [header, ...data] = records;
  if (!header) throw new InputError(`${file} is empty: expected "organization,headcount"`);
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const at = (name: string): number => {
    const i = columns.indexOf(name);
    if (i < 0) {
      const seen = header.fields.map((f) => JSON.stringify(f)).join(', ');
      throw new InputError(
        `${file} line ${header.line}: the header has no "${name}" column (found ${seen})`,
      );
    }
    if (columns.indexOf(name, i + 1) >= 0) {
      throw new InputError(`${file} line ${header.line}: the header has "${name}" twice`);
    }
    return i;
  };
  const orgAt = at('organization');
  const countAt = at('headcount');
  if (data.length === 0) {
    throw new InputError(`${file} has a header but no organizations`);
  }

  const entries: HeadcountEntry[] = [];
  const lines: number[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, fields } of data) {
    const where = (field: string) => `${file} line ${line}, field ${field}`;
    if (fields.slice(columns.length).some((f) => f.trim() !== '')) {
      throw new InputError(
        `${file} line ${line}: ${fields.length} fields but the header has ${columns.length}`,
      );
    }
    const organization = (fields[orgAt] ?? '').trim();
    if (organization === '') throw new InputError(`${where('organization')}: is empty`);
    const rawCount = (fields[countAt] ?? '').trim();
    if (rawCount === '') throw new InputError(`${where('headcount')}: is empty`);
    const headcount = parseWhole(rawCount);
    if (headcount === null) {
      throw new InputError(
        `${where('headcount')}: ${JSON.stringify(rawCount)} is not a non-negative whole number`,
      );
    }
    const key = organizationKey(organization);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      throw new InputError(
        `${where('organization')}: ${JSON.stringify(organization)} duplicates line ${earlier}`,
      );
    }
    firstLine.set(key, line);
    entries.push({ organization, headcount });
    lines.push(line);
  }
  return { entries, lines };
}

function computeApportionment(
  file: string,
  lines: readonly number[],
  input: { totalDollars: number; minimum: number; entries: HeadcountEntry[] },
): ApportionmentRow[] {
  const { totalDollars, minimum, entries } = input;
  try {
    return apportion({ totalDollars, minimum, headcounts: entries });
  } catch (e) {
    if (!(e instanceof ApportionError)) throw e;
    const issue = e.issue;
    switch (issue.code) {
      case 'total_below_minimums':
        throw new InputError(
          `option --total: ${usd(totalDollars)} is ${usd(issue.shortfall)} below the sum of ` +
            `minimums (${entries.length} organizations × ${usd(minimum)} = ${usd(issue.required)})`,
        );
      case 'no_headcount':
        throw new InputError(
          `${file}: every headcount is zero, so the ${usd(issue.remainder)} left after the ` +
            'minimums cannot be shared; lower --total or give headcounts',
        );
      case 'duplicate_organization':
        throw new InputError(
          `${file} line ${lines[issue.index]}, field organization: ` +
            `${JSON.stringify(issue.organization)} duplicates line ${lines[issue.firstIndex]}`,
        );
      default:
        // Every other issue is caught while reading the options and the file.
        throw new InputError(e.message);
    }
  }
}

/** 227184500 → "227,184,500 USD" */
function usd(dollars: number): string {
  return `${String(dollars).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} USD`;
}
