import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import type { App } from '../http/types.ts';
import {
  Budget,
  BudgetComparison,
  BudgetListQuery,
  BudgetPatch,
  BudgetSummary,
  BudgetVersionQuery,
  CompareQuery,
  LocalBudgetBody,
  SystemBudgetBody,
} from './budget.schema.ts';
import type { Db } from '../db/client.ts';
import { createBudgetService } from './budget.service.ts';

const tags = ['budgets'];

export function registerBudgetRoutes(app: App, db: Db) {
  const budgets = createBudgetService(db);
  app.get('/api/budgets', {
    schema: {
      tags,
      summary: 'System-wide and local cost-shared budgets I may see',
      querystring: BudgetListQuery,
      response: { 200: z.object({ items: z.array(BudgetSummary) }) },
    },
    handler: async (req) => ({ items: await budgets.list(actorOf(req), req.query) }),
  });

  app.get('/api/budgets/compare', {
    schema: {
      tags,
      summary: 'Compare two budgets (e.g. two bienniums) per organization',
      querystring: CompareQuery,
      response: { 200: BudgetComparison },
    },
    handler: async (req) => budgets.compare(actorOf(req), req.query.from, req.query.to),
  });

  app.get('/api/budgets/:id', {
    schema: {
      tags,
      summary: 'A budget with its apportionment (current version, or ?version=N) and history',
      params: IdParams,
      querystring: BudgetVersionQuery,
      response: { 200: Budget },
    },
    handler: async (req) => budgets.get(actorOf(req), req.params.id, req.query.version),
  });

  app.get('/api/budgets/:id/export.csv', {
    schema: {
      tags,
      summary:
        'The apportionment as CSV: organization,headcount,share_percent,minimum_applied,amount',
      params: IdParams,
      querystring: BudgetVersionQuery,
    },
    handler: async (req, reply) => {
      const { filename, csv } = await budgets.exportCsv(
        actorOf(req),
        req.params.id,
        req.query.version,
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
        )
        .send(csv);
    },
  });

  app.post('/api/budgets/system', {
    schema: {
      tags,
      summary:
        'Create the jointly financed budget of a biennium from the CEB headcount census (list, or CSV "organization,headcount" by organization code)',
      body: SystemBudgetBody,
      response: { 201: Budget },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await budgets.createSystem(actorOf(req), req.body)),
  });

  app.post('/api/budgets/local', {
    schema: {
      tags,
      summary:
        'Create a duty station’s cost-shared budget, split pro rata by personnel (entered, or the registry’s active personnel)',
      body: LocalBudgetBody,
      response: { 201: Budget },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await budgets.createLocal(actorOf(req), req.body)),
  });

  app.patch('/api/budgets/:id', {
    schema: {
      tags,
      summary: 'Change a budget; new inputs make a new version with a recomputed apportionment',
      params: IdParams,
      body: BudgetPatch,
      response: { 200: Budget },
    },
    handler: async (req) => budgets.update(actorOf(req), req.params.id, req.body),
  });
}
