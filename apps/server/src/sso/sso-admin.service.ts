import type { z } from 'zod';
import type { Db } from '../db/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { RequestActor } from '../access/actor.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import type { CreateProviderBody, UpdateProviderBody } from './sso.schema.ts';
import { seal, sealingKey } from '../auth/sealed.ts';
import { findOrganization } from '../compliance/missions.queries.ts';
import {
  allProviders,
  deleteProvider,
  existingOrganizations,
  findProvider,
  insertProvider,
  organizationsInCodeOrder,
  providersByName,
  setBreakGlass,
  setLocalPasswords,
  signInPolicies,
  updateProvider,
  type ProviderRow,
} from './sso.queries.ts';

function onlyAdmins(actor: RequestActor) {
  if (!actor.isSystemAdmin) throw forbidden('Only system administrators manage sign-in settings');
}

/** Providers, per-organization password policy and break-glass accounts: system administrators. */
export function createSsoAdminService(db: Db, redirectUri: string) {
  const view = (p: ProviderRow) => ({
    id: p.id,
    name: p.name,
    issuer: p.issuer,
    clientId: p.clientId,
    organizationIds: p.organizationIds,
    staffIdClaim: p.staffIdClaim,
    emailClaim: p.emailClaim,
    scopes: p.scopes,
    enabled: p.enabled,
    redirectUri,
  });

  async function checkOrganizations(ids: string[]) {
    const found = await existingOrganizations(db, ids);
    if (found.length !== new Set(ids).size) {
      throw invalid('organizationIds', 'refers to a record that does not exist');
    }
  }

  return {
    async list(actor: RequestActor) {
      onlyAdmins(actor);
      const rows = await providersByName(db);
      return rows.map(view);
    },

    async create(actor: RequestActor, input: z.infer<typeof CreateProviderBody>) {
      onlyAdmins(actor);
      await checkOrganizations(input.organizationIds);
      return db.transaction(async (tx) => {
        const clientSecret = seal(await sealingKey(db), input.clientSecret);
        const row = await insertProvider(tx, { ...input, clientSecret });
        if (!row) throw new Error('insert returned nothing');
        // The client secret is never copied into the audit trail.
        await recordAudit(tx, actor, {
          action: 'sso_provider.create',
          entity: 'oidc_provider',
          entityId: row.id,
          after: view(row),
        });
        return view(row);
      });
    },

    async update(actor: RequestActor, id: string, input: z.infer<typeof UpdateProviderBody>) {
      onlyAdmins(actor);
      if (input.organizationIds) await checkOrganizations(input.organizationIds);
      return db.transaction(async (tx) => {
        const before = await findProvider(tx, id);
        if (!before) throw notFound('Provider');
        const row = await updateProvider(tx, id, {
          ...input,
          ...(input.clientSecret === undefined
            ? {}
            : { clientSecret: seal(await sealingKey(db), input.clientSecret) }),
          updatedAt: new Date(),
        });
        if (!row) throw notFound('Provider');
        await recordAudit(tx, actor, {
          action: 'sso_provider.update',
          entity: 'oidc_provider',
          entityId: id,
          before: view(before),
          after: { ...view(row), clientSecretChanged: input.clientSecret !== undefined },
        });
        return view(row);
      });
    },

    async remove(actor: RequestActor, id: string) {
      onlyAdmins(actor);
      await db.transaction(async (tx) => {
        const row = await deleteProvider(tx, id);
        if (!row) throw notFound('Provider');
        await recordAudit(tx, actor, {
          action: 'sso_provider.delete',
          entity: 'oidc_provider',
          entityId: id,
          before: view(row),
        });
      });
    },

    /** Every organization with its password policy and the providers serving it. */
    async organizations(actor: RequestActor) {
      onlyAdmins(actor);
      const [orgs, policies, providers] = await Promise.all([
        organizationsInCodeOrder(db),
        signInPolicies(db),
        allProviders(db),
      ]);
      const local = new Map(policies.map((p) => [p.organizationId, p.localPasswords]));
      return orgs.map((o) => ({
        organizationId: o.id,
        code: o.code,
        name: o.name,
        localPasswords: local.get(o.id) ?? true,
        providers: providers.filter((p) => p.organizationIds.includes(o.id)).map((p) => p.name),
      }));
    },

    /** Switches local passwords on or off for an organization (break-glass accounts keep theirs). */
    async setLocalPasswords(actor: RequestActor, organizationId: string, localPasswords: boolean) {
      onlyAdmins(actor);
      const org = await findOrganization(db, organizationId);
      if (!org) throw notFound('Organization');
      await db.transaction(async (tx) => {
        await setLocalPasswords(tx, organizationId, localPasswords);
        await recordAudit(tx, actor, {
          action: 'organization.local_passwords',
          entity: 'organization',
          entityId: organizationId,
          organizationId,
          after: { localPasswords },
        });
      });
    },

    /** Marks a login as break-glass: it keeps its password when its organization's are off. */
    async setBreakGlass(actor: RequestActor, userId: string, breakGlass: boolean) {
      onlyAdmins(actor);
      await db.transaction(async (tx) => {
        const row = await setBreakGlass(tx, userId, breakGlass);
        if (!row) throw notFound('User');
        await recordAudit(tx, actor, {
          action: 'user.break_glass',
          entity: 'user',
          entityId: userId,
          after: { breakGlass },
        });
      });
    },
  };
}

export type SsoAdminService = ReturnType<typeof createSsoAdminService>;
