import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  incidentReportStatement,
  incidentReportValues,
  insertIncidentReportSql,
} from '../incidents/incident.queries.ts';
import { flagAssessmentsQuery } from '../risk/review-triggers.queries.ts';
import type { Db } from './client.ts';
import { insertRowsSql } from './prepared.ts';
import { renderFast, renderStatement } from './render.ts';
import * as schema from './schema/index.ts';

const { auditLog, incidents, people, riskAssessments } = schema;
/** Builds statements only: nothing is sent. */
const db = drizzle.mock({ schema }) as unknown as Db;
const dialect = new PgDialect();
/** drizzle's text and parameters (its `typings` are for other drivers). */
const byDrizzle = (statement: SQL) => {
  const { sql: text, params } = dialect.sqlToQuery(statement);
  return { sql: text, params };
};
const id = () => randomUUID();

function reportRow(over: Partial<Record<string, unknown>> = {}) {
  const now = new Date('2026-11-20T10:00:00Z');
  const row = {
    id: id(),
    category: 'ROBBERY',
    occurredAt: now,
    countryId: id(),
    areaId: id(),
    dutyStationId: null,
    organizationId: null,
    personnelAffected: 1,
    title: 'Vol à main armée',
    narrative: 'Deux véhicules',
    nature: 'security',
    status: 'reported',
    version: 1,
    reportedBy: id(),
    reporterPersonId: id(),
    reportedAt: now,
    createdAt: now,
    updatedAt: now,
    ...over,
  };
  const audit = {
    at: now,
    actorUserId: row.reportedBy,
    actorLabel: 'Jane Doe',
    action: 'incident.report',
    entity: 'incident',
    entityId: row.id,
    countryId: row.countryId,
    organizationId: null,
    after: row,
  };
  return { row, audit } as unknown as {
    row: Parameters<typeof incidentReportValues>[0];
    audit: Parameters<typeof incidentReportValues>[3];
  };
}

const affected = () =>
  ({ personId: id(), kind: 'staff', name: null, outcome: 'injured' }) as Parameters<
    typeof incidentReportValues
  >[1][number];

const statements: [string, () => SQL][] = [
  [
    'a select with conditions, lists, ordering and a limit',
    () =>
      db
        .select({ id: people.id, name: people.familyName })
        .from(people)
        .where(
          and(
            eq(people.countryId, id()),
            inArray(people.category, ['international', 'national']),
            or(isNull(people.deactivatedAt), gte(people.updatedAt, new Date())),
          ),
        )
        .orderBy(desc(people.updatedAt))
        .limit(50)
        .getSQL(),
  ],
  [
    'an update with dates, JSON and nulls, returning',
    () =>
      flagAssessmentsQuery(
        db,
        { countryId: id(), areaId: id(), dutyStationId: id() },
        { code: 'incident', params: { date: '2026-11-20', title: 'Attaque' } },
        { keepExistingFlags: true },
      ).getSQL(),
  ],
  [
    'an insert of values',
    () =>
      db
        .insert(auditLog)
        .values({
          at: new Date().toISOString(),
          actorLabel: 'x',
          action: 'a',
          entity: 'e',
          entityId: 'i',
          after: { a: [1, 'b'] },
        })
        .returning({ seq: auditLog.seq })
        .getSQL(),
  ],
  [
    'a template with identifiers, raw text, nulls, a list and a query inside',
    () =>
      sql`with ${sql.identifier('w0')} as (${insertRowsSql(incidents, [reportRow().row])})
          select ${sql.raw('1')}, ${null}, ${[1, 2, 3]}, ${new Date(0)},
                 ${db.select({ id: riskAssessments.id }).from(riskAssessments).where(lte(riskAssessments.reviewDue, '2027-01-01'))}`,
  ],
  [
    'an incident report, submitted, in an area',
    () => {
      const { row, audit } = reportRow();
      const { columns, values } = incidentReportValues(row, [], true, audit);
      return insertIncidentReportSql(db, columns, values);
    },
  ],
  [
    'an incident report, a draft with the people affected',
    () => {
      const { row, audit } = reportRow({ areaId: null });
      const { columns, values } = incidentReportValues(row, [affected()], false, audit);
      return insertIncidentReportSql(db, columns, values);
    },
  ],
];

describe('rendering a statement', () => {
  for (const [label, build] of statements)
    it(`gives drizzle's text and parameters: ${label}`, () => {
      const statement = build();
      const expected = byDrizzle(statement);
      expect(renderFast(statement)).toEqual(expected);
      // The first time a text is seen drizzle renders it; then the fast rendering is used.
      expect(renderStatement(statement)).toMatchObject(expected);
      expect(renderStatement(statement)).toEqual(expected);
    });

  it('leaves to drizzle what it does not render itself (placeholders, subqueries, inlined values)', () => {
    const sub = db.select({ id: people.id }).from(people).as('sub');
    for (const statement of [
      sql`select ${sql.placeholder('x')}`,
      db.select().from(sub).getSQL(),
      sql`select ${"it's"}`.inlineParams(),
    ]) {
      expect(renderFast(statement)).toBeNull();
      expect(renderStatement(statement)).toMatchObject(byDrizzle(statement));
    }
  });
});

describe('an incident report, built once per shape and then only filled', () => {
  for (const [label, over, people, submit] of [
    ['submitted, in an area', {}, [], true],
    ['submitted, at a duty station of an area', { dutyStationId: id() }, [], true],
    ['submitted, in no area, with people affected', { areaId: null }, [affected()], true],
    ['a draft', {}, [], false],
  ] as const)
    it(`is the statement built with its values: ${label}`, () => {
      // Twice: the first call builds the template, the second only fills it.
      for (let i = 0; i < 2; i++) {
        const { row, audit } = reportRow(over);
        const report = incidentReportValues(row, [...people], submit, audit);
        const direct = byDrizzle(insertIncidentReportSql(db, report.columns, report.values));
        expect(incidentReportStatement(db, report)).toEqual(direct);
      }
    });
});
