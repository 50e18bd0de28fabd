import { useServerSecret } from '../crisis/token.ts';
import { generate } from 'otplib';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { runApportionCommand } from '../budget/apportion.cli.ts';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { countries } from '../db/schema/index.ts';
import { chainAudit, verifyAuditChain } from '../audit/audit.service.ts';
import { loadReferenceData } from '../registry/reference-data.ts';
import { seedDemo } from '../seed/demo.ts';
import { createImportService } from '../registry/import.service.ts';
import { exportPersonnelCsv } from '../registry/export.ts';
import { createUser } from './users.ts';
import { createScimTokenService } from '../scim/scim-token.service.ts';
import { assertNotHeld, DataDirInUse } from '../db/data-lock.ts';
import {
  BackupError,
  backupEmbedded,
  backupPostgres,
  restoreEmbedded,
  restorePostgres,
} from './backup.ts';
import type { RequestActor } from '../access/actor.ts';

const USAGE = `Usage: fieldsafe <command>

  migrate                                   apply database migrations and load reference data
  seed                                      load the demo country (only on a database without it)
  import personnel --country <ISO2> --file <csv> [--dry-run]
                                            import an HR export of personnel (all rows or none)
  export personnel --country <ISO2>         write the country's personnel as CSV to stdout
  audit verify                              check the audit hash chain; exit 1 naming the first bad row
  budget apportion --total <USD> --minimum <USD> --headcounts <file.csv>
                                            apportion a jointly financed budget (prints CSV)
  user create --email <e> --password <p> [--admin]
                                            create a login
  scim token --organization <code> [--name <label>]
                                            create a SCIM bearer token for an organization's
                                            directory (the token is printed on the last line)
  totp code --key <base32 key>              print the current 6-digit code for an authenticator key
                                            (for demo logins on a machine without an authenticator app)
  backup --out <file>                       back up the database: the embedded one as a .tar.gz of
                                            its folder; PostgreSQL with pg_dump of the server's
                                            version (custom format, e.g. fieldsafe.dump)
  restore --in <file>                       restore a backup into an empty FIELDSAFE_DATA_DIR, or
                                            with pg_restore into an empty database at DATABASE_URL

The database is DATABASE_URL when set, else the embedded one in FIELDSAFE_DATA_DIR (./data).
Stop the server first when using the embedded database: it has one connection.`;

/** Operator commands run with full rights and are audited as "cli". */
const CLI_ACTOR: RequestActor = {
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'cli',
  label: 'cli',
  locale: 'en',
  personId: null,
  isSystemAdmin: true,
  homeCountryId: null,
  appointments: [],
};

async function withDb<T>(work: (d: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (!config.databaseUrl) assertNotHeld(config.dataDir);
  const database = await openDatabase(config);
  useServerSecret(database.db, config.secret);
  try {
    await database.migrate(() => loadReferenceData(database.db));
    return await work(database);
  } finally {
    await database.close();
  }
}

async function countryId(d: Database, iso: string | undefined): Promise<string> {
  if (!iso) throw new UsageError('--country <ISO2> is required');
  const [c] = await d.db.select().from(countries).where(eq(countries.alpha2, iso.toUpperCase()));
  if (!c) throw new UsageError(`--country: no country with the code ${iso}`);
  return c.id;
}

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [group, command, ...rest] = argv;
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(s);
  try {
    if (!group || group === '--help' || group === 'help') {
      out(`${USAGE}\n`);
      return group ? 0 : 2;
    }
    if (group === 'migrate') {
      await withDb(async () => undefined);
      out('Migrations applied; reference data loaded.\n');
      return 0;
    }
    if (group === 'seed') {
      const loaded = await withDb((d) => seedDemo(d.db));
      out(
        loaded ? 'Demo country loaded.\n' : 'The demo country is already there; nothing changed.\n',
      );
      return 0;
    }
    if (group === 'budget' && command === 'apportion') {
      return runApportionCommand(rest, {
        readFile: (p) => readFile(p, 'utf8'),
        stdout: out,
        stderr: err,
      });
    }
    if (group === 'totp' && command === 'code') {
      const { values: v } = parseArgs({ args: rest, options: { key: { type: 'string' } } });
      const key = v.key?.replace(/\s+/g, '').toUpperCase();
      if (!key || !/^[A-Z2-7]{16,}=*$/.test(key)) {
        throw new UsageError('--key <base32 key> is required: the key shown when setting up');
      }
      out(`${await generate({ secret: key })}\n`);
      return 0;
    }
    if (group === 'scim' && command === 'token') {
      const { values: v } = parseArgs({
        args: rest,
        options: { organization: { type: 'string' }, name: { type: 'string' } },
      });
      if (!v.organization) throw new UsageError('--organization <code> is required');
      const organizationCode = v.organization;
      const created = await withDb((d) =>
        createScimTokenService(d.db).create(CLI_ACTOR, {
          organizationCode,
          name: v.name ?? 'created with the CLI',
        }),
      );
      out(
        `SCIM token for ${created.organizationCode} (shown once; base URL /scim/v2):\n${created.token}\n`,
      );
      return 0;
    }
    if (group === 'audit' && command === 'verify') {
      const result = await withDb(async (d) => {
        // Rows written since the last chaining are linked first, then the whole chain is checked.
        await chainAudit(d.db);
        return verifyAuditChain(d.db);
      });
      if (result.ok) {
        out(`Audit chain intact: ${result.checked} rows verified.\n`);
        return 0;
      }
      err(
        `Audit chain BROKEN at row seq=${result.firstBad?.seq}: ${result.firstBad?.reason}. ${result.checked} rows before it verified.\n`,
      );
      return 1;
    }
    if (group === 'backup' || group === 'restore') {
      const config = loadConfig();
      const { values: v } = parseArgs({
        args: argv.slice(1),
        options: { out: { type: 'string' }, in: { type: 'string' } },
      });
      const url = config.databaseUrl;
      if (!url) assertNotHeld(config.dataDir);
      const where = url ? 'the PostgreSQL database at DATABASE_URL' : config.dataDir;
      if (group === 'backup') {
        if (!v.out) throw new UsageError(`--out <file> is required`);
        const size = url
          ? await backupPostgres(url, v.out)
          : await backupEmbedded(config.dataDir, v.out);
        out(`Backed up ${where} to ${v.out} (${size} bytes).\n`);
      } else {
        if (!v.in) throw new UsageError('--in <file> is required');
        if (url) await restorePostgres(v.in, url);
        else await restoreEmbedded(v.in, config.dataDir);
        out(`Restored ${v.in} into ${where}.\n`);
      }
      return 0;
    }
    const { values } = parseArgs({
      args: rest,
      options: {
        country: { type: 'string' },
        file: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        email: { type: 'string' },
        password: { type: 'string' },
        admin: { type: 'boolean', default: false },
      },
    });
    if (group === 'import' && command === 'personnel') {
      if (!values.file) throw new UsageError('--file <csv> is required');
      const csv = await readFile(values.file, 'utf8');
      const summary = await withDb(async (d) =>
        createImportService(d.db).importPersonnel(
          CLI_ACTOR,
          await countryId(d, values.country),
          csv,
          values['dry-run'],
        ),
      );
      for (const e of summary.errors)
        err(`${values.file} line ${e.line}, field ${e.field}: ${e.message}\n`);
      out(
        `${summary.dryRun || summary.errors.length ? 'Would import' : 'Imported'}: ${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged of ${summary.rows} rows.${summary.errors.length ? ` ${summary.errors.length} error(s): nothing written.` : ''}\n`,
      );
      return summary.errors.length ? 2 : 0;
    }
    if (group === 'export' && command === 'personnel') {
      await withDb(async (d) =>
        out(await exportPersonnelCsv(d.db, await countryId(d, values.country))),
      );
      return 0;
    }
    if (group === 'user' && command === 'create') {
      if (!values.email || !values.password)
        throw new UsageError('--email and --password are required');
      const id = await withDb((d) =>
        createUser(d.db, CLI_ACTOR, values.email ?? '', values.password ?? '', values.admin),
      );
      out(`User ${values.email} created (${id}).\n`);
      return 0;
    }
    throw new UsageError(`unknown command: ${argv.join(' ')}`);
  } catch (e) {
    if (e instanceof BackupError || e instanceof DataDirInUse) {
      err(`fieldsafe: ${e.message}\n`);
      return 2;
    }
    if (
      e instanceof UsageError ||
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      err(`fieldsafe: ${(e as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (
      (e as { code?: string }).code === 'validation_error' ||
      (e as { code?: string }).code === 'conflict'
    ) {
      err(`fieldsafe: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
