import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { organizations, scimTokens } from '../db/schema/index.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import { randomToken, sha256 } from '../auth/tokens.ts';

/** The organization a SCIM token speaks for, and the label its changes are audited under. */
export interface ScimClient {
  tokenId: string;
  organizationId: string;
  organizationCode: string;
  actor: AuditActor;
}

function publicToken(row: typeof scimTokens.$inferSelect, organizationCode: string) {
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
      const [org] = await db
        .select()
        .from(organizations)
        .where(
          input.organizationId
            ? eq(organizations.id, input.organizationId)
            : eq(organizations.code, input.organizationCode ?? ''),
        );
      if (!org) {
        throw input.organizationId
          ? invalid('organizationId', 'refers to a record that does not exist')
          : invalid('organization', `no organization with the code ${input.organizationCode}`);
      }
      const secret = `scim_${randomToken(30)}`;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(scimTokens)
          .values({
            organizationId: org.id,
            name: input.name,
            tokenHash: sha256(secret),
            prefix: secret.slice(0, 10),
          })
          .returning();
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
      const rows = await db
        .select({ t: scimTokens, code: organizations.code })
        .from(scimTokens)
        .innerJoin(organizations, eq(organizations.id, scimTokens.organizationId))
        .orderBy(desc(scimTokens.createdAt));
      return rows.map((r) => publicToken(r.t, r.code));
    },

    async revoke(actor: AuditActor & { isSystemAdmin: boolean }, id: string) {
      onlyAdmins(actor);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(scimTokens)
          .set({ revokedAt: new Date(), updatedAt: new Date() })
          .where(and(eq(scimTokens.id, id), isNull(scimTokens.revokedAt)))
          .returning();
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
      const [row] = await db
        .update(scimTokens)
        .set({ lastUsedAt: new Date() })
        .where(and(eq(scimTokens.tokenHash, sha256(token)), isNull(scimTokens.revokedAt)))
        .returning();
      if (!row) return null;
      const [org] = await db
        .select({ code: organizations.code })
        .from(organizations)
        .where(eq(organizations.id, row.organizationId));
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
