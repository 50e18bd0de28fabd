import { z } from 'zod';
import { can } from '@fieldsafe/core';
import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import type { App } from '../http/types.ts';
import { IsoDate } from '../http/common.schema.ts';
import { forbidden } from '../http/errors.ts';
import { auditTrail, chainAudit, verifyAuditChain } from './audit.service.ts';

const AuditRow = z
  .object({
    seq: z.number(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    countryId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    /** Linked into the hash chain (rows are linked within about a second of being written). */
    chained: z.boolean(),
  })
  .meta({ id: 'AuditRow' });

export function registerAuditRoutes(app: App, db: Db) {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The audit trail, newest first (system administrators)',
      querystring: z.object({
        entity: z.string().max(60).optional(),
        entityId: z.string().max(120).optional(),
        actor: z.string().trim().min(1).max(200).optional(),
        from: IsoDate.optional(),
        to: IsoDate.optional(),
        before: z.coerce.number().int().positive().optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
      response: { 200: z.object({ items: z.array(AuditRow) }) },
    },
    handler: async (req) => auditTrail(db, actorOf(req), req.query),
  });

  app.get('/api/audit/verify', {
    schema: {
      tags: ['audit'],
      summary: 'Verify the audit hash chain',
      response: {
        200: z.object({
          ok: z.boolean(),
          checked: z.number(),
          firstBad: z.object({ seq: z.number(), reason: z.string() }).optional(),
        }),
      },
    },
    handler: async (req) => {
      if (!can(actorOf(req), 'audit.read', {}))
        throw forbidden('Only system administrators verify the audit trail');
      await chainAudit(db);
      return verifyAuditChain(db);
    },
  });
}
