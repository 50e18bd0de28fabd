import {
  ApportionError,
  apportion,
  can,
  compareApportionments,
  scopesFor,
  type ApportionmentRow,
} from '@fieldsafe/core';
import type { RequestActor } from '../access/actor.ts';
import type { Db, Executor, Tx } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from '../http/errors.ts';
import { parseCsvInput, toCsv } from '../common/csv.ts';
import { findDutyStation } from '../registry/lookups.queries.ts';
import {
  budgetVersionRows,
  findBudget,
  insertBudget,
  insertBudgetLines,
  insertBudgetVersion,
  linesOf,
  listBudgets,
  organizationsByCode,
  registryHeadcounts,
  updateBudget,
  type BudgetInsert,
  type BudgetRow,
} from './budget.queries.ts';
import type {
  BudgetListFilter,
  BudgetPatchInput,
  LocalBudgetInput,
  SystemBudgetInput,
} from './budget.schema.ts';

interface Entry {
  organizationId: string;
  organizationCode: string;
  headcount: number;
}

/** Where an entry came from, to name it in an error: a list index or a CSV line. */
type EntryPath = (index: number, field: 'organization' | 'headcount') => string;

interface Headcounts {
  entries: Entry[];
  pathOf: EntryPath;
  field: 'headcounts' | 'headcountsCsv';
}

function mayManage(actor: RequestActor, b: { kind: string; countryId: string | null }): boolean {
  if (b.kind === 'system') return scopesFor(actor, 'budget.manage').length > 0;
  return b.countryId !== null && can(actor, 'governance.manage', { countryId: b.countryId });
}

function summary(actor: RequestActor, b: BudgetRow) {
  return {
    ...b,
    kind: b.kind as 'system' | 'local',
    abilities: { canEdit: mayManage(actor, b) },
  };
}

/** Reads the headcounts of a request: a list, or CSV `organization,headcount` by code. */
async function headcountsOf(
  ex: Executor,
  input: { headcounts?: { organizationCode: string; headcount: number }[]; headcountsCsv?: string },
): Promise<Headcounts | undefined> {
  if (input.headcounts && input.headcountsCsv !== undefined)
    throw invalid('headcountsCsv', 'send either headcounts or headcountsCsv, not both');
  let raw: { code: string; headcount: number; path: (f: string) => string }[];
  let field: Headcounts['field'];
  if (input.headcounts) {
    field = 'headcounts';
    raw = input.headcounts.map((h, i) => ({
      code: h.organizationCode,
      headcount: h.headcount,
      path: (f) => `headcounts.${i}.${f === 'organization' ? 'organizationCode' : f}`,
    }));
  } else if (input.headcountsCsv !== undefined) {
    field = 'headcountsCsv';
    raw = readCsv(input.headcountsCsv);
  } else {
    return undefined;
  }
  const orgs = await organizationsByCode(
    ex,
    raw.map((r) => r.code),
  );
  const entries = raw.map((r) => {
    const org = orgs.get(r.code.trim().toUpperCase());
    if (!org) {
      const where = r.path('organization');
      throw field === 'headcountsCsv'
        ? invalid('headcountsCsv', `${where}: unknown organization code "${r.code}"`)
        : invalid(where, `unknown organization code "${r.code}"`);
    }
    return { organizationId: org.id, organizationCode: org.code, headcount: r.headcount };
  });
  return { entries, field, pathOf: (i, f) => raw[i]?.path(f) ?? field };
}

function readCsv(text: string) {
  const [header, ...rows] = parseCsvInput(text, 'headcountsCsv');
  const names = header?.fields.map((f) => f.trim().toLowerCase());
  if (!names || names[0] !== 'organization' || names[1] !== 'headcount' || names.length !== 2)
    throw invalid('headcountsCsv', 'line 1: the header must be "organization,headcount"');
  if (rows.length === 0) throw invalid('headcountsCsv', 'lists no organization');
  return rows.map((r) => {
    const [code = '', count = ''] = r.fields;
    if (r.fields.length !== 2)
      throw invalid('headcountsCsv', `line ${r.line}: expected 2 fields, found ${r.fields.length}`);
    if (!/^\d+$/.test(count.trim()))
      throw invalid('headcountsCsv', `line ${r.line}, headcount: must be a whole number ≥ 0`);
    return { code, headcount: Number(count.trim()), path: (f: string) => `line ${r.line}, ${f}` };
  });
}

/** The apportionment (core's exact method), with its errors named by request field. */
function compute(h: Headcounts, totalDollars: number, minimum: number): ApportionmentRow[] {
  try {
    return apportion({
      totalDollars,
      minimum,
      headcounts: h.entries.map((e) => ({
        organization: e.organizationCode,
        headcount: e.headcount,
      })),
    });
  } catch (e) {
    if (!(e instanceof ApportionError)) throw e;
    const issue = e.issue;
    switch (issue.code) {
      case 'total_below_minimums':
        throw invalid(
          'totalDollars',
          `must be at least the sum of minimum contributions, ${issue.required} (${h.entries.length} organizations × ${minimum}); it is ${issue.shortfall} short`,
        );
      case 'invalid_total':
        throw invalid('totalDollars', 'must be a whole number of dollars ≥ 0');
      case 'invalid_minimum':
        throw invalid('minimumDollars', 'must be a whole number of dollars ≥ 0');
      case 'empty_list':
        throw invalid(h.field, 'lists no organization');
      case 'no_headcount':
        throw invalid(h.field, 'every headcount is zero: nobody can carry the budget');
      case 'duplicate_organization': {
        const where = h.pathOf(issue.index, 'organization');
        const msg = `"${issue.organization}" is listed twice`;
        throw h.field === 'headcountsCsv'
          ? invalid(h.field, `${where}: ${msg}`)
          : invalid(where, msg);
      }
      case 'invalid_organization':
      case 'invalid_headcount': {
        const where = h.pathOf(issue.index, issue.field);
        throw h.field === 'headcountsCsv'
          ? invalid(h.field, `${where}: ${e.message}`)
          : invalid(where, e.message);
      }
    }
  }
}

async function writeVersion(
  tx: Tx,
  actor: RequestActor,
  budget: { id: string; totalDollars: number; minimumDollars: number; headcountSource: string },
  version: number,
  h: Headcounts,
  reason: string | null,
) {
  const rows = compute(h, budget.totalDollars, budget.minimumDollars);
  const v = await insertBudgetVersion(tx, {
    budgetId: budget.id,
    version,
    totalDollars: budget.totalDollars,
    minimumDollars: budget.minimumDollars,
    headcountSource: budget.headcountSource,
    reason,
    createdBy: actor.label,
  });
  if (!v) throw new Error('insert returned nothing');
  await insertBudgetLines(
    tx,
    rows.map((r, i) => ({
      versionId: v.id,
      position: i,
      organizationId: h.entries[i]?.organizationId ?? '',
      headcount: r.headcount,
      sharePercent: r.share_percent,
      minimumApplied: r.minimum_applied,
      amountDollars: r.amount,
    })),
  );
  return rows;
}

async function fromRegistry(ex: Executor, dutyStationId: string): Promise<Headcounts> {
  const rows = await registryHeadcounts(ex, dutyStationId);
  if (rows.length === 0)
    throw invalid('dutyStationId', 'has no active personnel in the registry: enter headcounts');
  return {
    entries: rows.map((r) => ({ ...r, headcount: Number(r.headcount) })),
    field: 'headcounts',
    pathOf: () => 'dutyStationId',
  };
}

export function createBudgetService(db: Db) {
  async function get(actor: RequestActor, id: string, version?: number) {
    const b = await findBudget(db, actor, id);
    if (!b) throw notFound('Budget');
    const shown = version ?? b.version;
    if (shown > b.version) throw invalid('query.version', `must be at most ${b.version}`);
    const [lines, versions] = await Promise.all([
      linesOf(db, id, shown),
      budgetVersionRows(db, id),
    ]);
    return {
      ...summary(actor, b),
      shownVersion: shown,
      totalHeadcount: lines.reduce((a, l) => a + l.headcount, 0),
      lines,
      versions,
    };
  }

  async function create(
    actor: RequestActor,
    values: BudgetInsert,
    headcounts: (tx: Tx) => Promise<Headcounts>,
  ) {
    try {
      const id = await audited(db, actor, async (tx) => {
        const h = await headcounts(tx);
        const row = await insertBudget(tx, values);
        if (!row) throw new Error('insert returned nothing');
        const lines = await writeVersion(tx, actor, row, 1, h, 'created');
        return {
          result: row.id,
          audit: {
            action: 'budget.create',
            entity: 'budget',
            entityId: row.id,
            countryId: row.countryId,
            after: { ...row, lines },
          },
        };
      });
      return get(actor, id);
    } catch (e) {
      if (isUniqueViolation(e))
        throw conflict('biennium: a budget for this biennium already exists here', [
          { path: 'biennium', message: 'already has a budget' },
        ]);
      throw e;
    }
  }

  return {
    get,

    list: async (actor: RequestActor, filter: BudgetListFilter) =>
      (await listBudgets(db, actor, filter)).map((b) => summary(actor, b)),

    async createSystem(actor: RequestActor, input: SystemBudgetInput) {
      if (!mayManage(actor, { kind: 'system', countryId: null }))
        throw forbidden('Only headquarters manage system-wide budgets');
      const { headcounts: _h, headcountsCsv: _c, ...fields } = input;
      return create(
        actor,
        { ...fields, kind: 'system', headcountSource: 'census', notes: input.notes ?? null },
        async (tx) => {
          const h = await headcountsOf(tx, input);
          if (!h) throw invalid('headcounts', 'is required (or headcountsCsv)');
          return h;
        },
      );
    },

    async createLocal(actor: RequestActor, input: LocalBudgetInput) {
      const station = await findDutyStation(db, input.dutyStationId);
      if (!station || !can(actor, 'structure.read', { countryId: station.countryId }))
        throw invalid('dutyStationId', 'unknown duty station');
      if (!can(actor, 'governance.manage', { countryId: station.countryId }))
        throw forbidden('Only the DO or the CSA of the country manage its local budgets');
      const { headcounts: _h, headcountsCsv: _c, ...fields } = input;
      const entered = input.headcounts !== undefined || input.headcountsCsv !== undefined;
      return create(
        actor,
        {
          ...fields,
          kind: 'local',
          countryId: station.countryId,
          minimumDollars: 0,
          headcountSource: entered ? 'entered' : 'registry',
          notes: input.notes ?? null,
        },
        async (tx) => (await headcountsOf(tx, input)) ?? fromRegistry(tx, station.id),
      );
    },

    async update(actor: RequestActor, id: string, patch: BudgetPatchInput) {
      await audited(db, actor, async (tx) => {
        const before = await findBudget(tx, actor, id);
        if (!before) throw notFound('Budget');
        if (!mayManage(actor, before)) throw forbidden('You may not change this budget');
        if (before.kind === 'local' && patch.minimumDollars !== undefined)
          throw invalid('minimumDollars', 'local budgets have no minimum contribution');
        let h = await headcountsOf(tx, patch);
        let source = h ? (before.kind === 'system' ? 'census' : 'entered') : before.headcountSource;
        if (patch.refreshFromRegistry) {
          if (before.kind !== 'local' || before.dutyStationId === null)
            throw invalid('refreshFromRegistry', 'applies to local budgets only');
          if (h) throw invalid('refreshFromRegistry', 'cannot be combined with headcounts');
          h = await fromRegistry(tx, before.dutyStationId);
          source = 'registry';
        }
        const total = patch.totalDollars ?? before.totalDollars;
        const minimum = patch.minimumDollars ?? before.minimumDollars;
        const recompute =
          h !== undefined || total !== before.totalDollars || minimum !== before.minimumDollars;
        const version = recompute ? before.version + 1 : before.version;
        const row = await updateBudget(tx, id, {
          title: patch.title ?? before.title,
          notes: patch.notes === undefined ? before.notes : patch.notes,
          totalDollars: total,
          minimumDollars: minimum,
          headcountSource: source,
          version,
          updatedAt: new Date(),
        });
        if (!row) throw notFound('Budget');
        let lines: ApportionmentRow[] | undefined;
        if (recompute) {
          const current = await linesOf(tx, id, before.version);
          const inputs: Headcounts = h ?? {
            entries: current,
            field: 'headcounts',
            pathOf: () => 'headcounts',
          };
          lines = await writeVersion(tx, actor, row, version, inputs, patch.reason ?? null);
        }
        const { dutyStationName: _d, ...plain } = before;
        return {
          result: row,
          audit: {
            action: 'budget.update',
            entity: 'budget',
            entityId: id,
            countryId: row.countryId,
            before: plain,
            after: { ...row, lines },
          },
        };
      });
      return get(actor, id);
    },

    async compare(actor: RequestActor, fromId: string, toId: string) {
      const [from, to] = await Promise.all([get(actor, fromId), get(actor, toId)]);
      const amounts = (b: typeof from) =>
        b.lines.map((l) => ({ organization: l.organizationCode, amount: l.amountDollars }));
      const rows = compareApportionments(amounts(from), amounts(to)).map(
        ({ organization, ...r }) => ({ organizationCode: organization, ...r }),
      );
      return { from, to, rows, totalChange: to.totalDollars - from.totalDollars };
    },

    async exportCsv(actor: RequestActor, id: string, version?: number) {
      const b = await get(actor, id, version);
      const header = ['organization', 'headcount', 'share_percent', 'minimum_applied', 'amount'];
      const body = b.lines.map((l) => [
        l.organizationCode,
        String(l.headcount),
        l.sharePercent,
        String(l.minimumApplied),
        String(l.amountDollars),
      ]);
      const name = `budget-${b.biennium}-${b.dutyStationName ?? 'system'}-v${b.shownVersion}.csv`;
      return { filename: name, csv: toCsv([header, ...body], '\r\n') };
    },
  };
}

export type BudgetService = ReturnType<typeof createBudgetService>;
