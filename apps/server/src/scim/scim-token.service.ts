import type { Db } from '../db/client.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import { randomToken, sha256 } from '../auth/tokens.ts';
import { findOrganization } from '../compliance/missions.queries.ts';
import {
  insertScimToken,
  organizationByIdOrCode,
  revokeScimToken,
  scimTokensWithCodes,
  useScimToken,
  type ScimTokenRow,
} from './scim.queries.ts';

/** The organization a SCIM token speaks for, and the label its changes are audited under. */
export interface ScimClient {
  tokenId: string;
  organizationId: string;
  organizationCode: string;
  actor: AuditActor;
}

function publicToken(row: ScimTokenRow, organizationCode: string) {
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationCode,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

/** SCIM bearer tokens: one organization each, created and revoked by system administrators. */
export function createScimTokenService(db: Db) {
  const onlyAdmins = (actor: { isSystemAdmin: boolean }) => {
    if (!actor.isSystemAdmin) throw forbidden('Only system administrators manage SCIM tokens');
  };

  return {
    async create(
      actor: AuditActor & { isSystemAdmin: boolean },
      input: { organizationId?: string; organizationCode?: string; name: string },
    ) {
      onlyAdmins(actor);
      const org = await organizationByIdOrCode(db, {
        id: input.organizationId,
        code: input.organizationCode,
      });
      if (!org) {
        throw input.organizationId
          ? invalid('organizationId', 'refers to a record that does not exist')
          : invalid('organization', `no organization with the code ${input.organizationCode}`);
      }
      const secret = `scim_${randomToken(30)}`;
      return db.transaction(async (tx) => {
        const row = await insertScimToken(tx, {
          organizationId: org.id,
          name: input.name,
          tokenHash: sha256(secret),
          prefix: secret.slice(0, 10),
        });
        if (!row) throw new Error('insert returned nothing');
        await recordAudit(tx, actor, {
          action: 'scim_token.create',
          entity: 'scim_token',
          entityId: row.id,
          organizationId: org.id,
          after: { name: row.name, prefix: row.prefix },
        });
        return { ...publicToken(row, org.code), token: secret };
      });
    },

    async list(actor: { isSystemAdmin: boolean }) {
      onlyAdmins(actor);
      const rows = await scimTokensWithCodes(db);
      return rows.map((r) => publicToken(r.t, r.code));
    },

    async revoke(actor: AuditActor & { isSystemAdmin: boolean }, id: string) {
      onlyAdmins(actor);
      await db.transaction(async (tx) => {
        const row = await revokeScimToken(tx, id);
        if (!row) throw notFound('SCIM token');
        await recordAudit(tx, actor, {
          action: 'scim_token.revoke',
          entity: 'scim_token',
          entityId: id,
          organizationId: row.organizationId,
        });
      });
    },

    /** The client a bearer token belongs to, or null (unknown or revoked). */
    async resolve(token: string): Promise<ScimClient | null> {
      const row = await useScimToken(db, sha256(token));
      if (!row) return null;
      const org = await findOrganization(db, row.organizationId);
      const code = org?.code ?? '?';
      return {
        tokenId: row.id,
        organizationId: row.organizationId,
        organizationCode: code,
        actor: { userId: null, label: `scim:${code}:${row.prefix}` },
      };
    },
  };
}

export type ScimTokenService = ReturnType<typeof createScimTokenService>;
