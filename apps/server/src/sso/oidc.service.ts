import * as oidc from 'openid-client';
import type { Db } from '../db/client.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { userByEmail } from '../auth/auth.queries.ts';
import { hashPassword } from '../auth/password.ts';
import { randomToken, sha256 } from '../auth/tokens.ts';
import type { AuthService, NewSession } from '../auth/auth.service.ts';
import { sealingKey, unseal } from '../auth/sealed.ts';
import { insertUser, userOfPerson } from '../scim/scim.queries.ts';
import {
  enabledProviders,
  findEnabledProvider,
  findProvider,
  organizationCodes,
  organizationsPeopleMatching,
  organizationUserByEmail,
  provisionedUser,
  startLogin,
  takeLogin,
  type ProviderRow,
} from './sso.queries.ts';

/** How long a sign-in may take at the provider before its state expires. */
const LOGIN_MINUTES = 10;

/** Why an SSO sign-in failed: shown on the sign-in page as `?ssoError=<code>`. */
export type SsoFailure = 'state' | 'provider' | 'token' | 'unknown_user' | 'deactivated';

export class SsoError extends Error {
  constructor(
    readonly code: SsoFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SsoError';
  }
}

/**
 * `amr` values (RFC 8176) that mean the provider checked a second factor: `mfa` itself, or a
 * possession or biometric factor.
 */
const SECOND_FACTOR_AMR = new Set(['mfa', 'otp', 'hwk', 'swk', 'sms', 'fpt', 'face', 'iris', 'sc']);

export function assertsSecondFactor(amr: unknown): boolean {
  return Array.isArray(amr) && amr.some((v) => typeof v === 'string' && SECOND_FACTOR_AMR.has(v));
}

/** Only a local path may be a place to return to after signing in (no open redirect). */
export function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/';
}

/** OpenID Connect sign-in: authorization code with PKCE, state and nonce, through openid-client. */
export function createOidcService(db: Db, auth: AuthService, publicUrl: string) {
  const redirectUri = `${publicUrl}/api/auth/sso/callback`;
  const configs = new Map<string, { key: string; config: Promise<oidc.Configuration> }>();

  /** The provider's discovered configuration, cached until the provider is edited. */
  function configuration(p: ProviderRow): Promise<oidc.Configuration> {
    const key = `${p.issuer}|${p.clientId}|${p.clientSecret}|${p.updatedAt.getTime()}`;
    const cached = configs.get(p.id);
    if (cached?.key === key) return cached.config;
    const insecure = new URL(p.issuer).protocol === 'http:';
    const config = sealingKey(db)
      .then((k) => unseal(k, p.clientSecret))
      .then((clientSecret) =>
        oidc.discovery(
          new URL(p.issuer),
          p.clientId,
          { client_secret: clientSecret },
          oidc.ClientSecretPost(clientSecret),
          insecure ? { execute: [oidc.allowInsecureRequests] } : {},
        ),
      )
      .catch((e: unknown) => {
        configs.delete(p.id);
        throw e;
      });
    configs.set(p.id, { key, config });
    return config;
  }

  async function enabledProvider(id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    return findEnabledProvider(db, id);
  }

  /**
   * The login of the person the provider vouches for: a user provisioned for one of the
   * provider's organizations with this staff id; else the person record of those organizations
   * with this staff id (or verified e-mail), whose login is created without any rights when it
   * has none yet.
   */
  async function matchUser(p: ProviderRow, claims: Record<string, unknown>) {
    const staffId =
      typeof claims[p.staffIdClaim] === 'string' ? String(claims[p.staffIdClaim]) : null;
    const rawEmail = claims[p.emailClaim];
    const email =
      typeof rawEmail === 'string' && claims.email_verified === true
        ? rawEmail.toLowerCase()
        : null;
    const orgs = p.organizationIds;
    if (staffId) {
      const provisioned = await provisionedUser(db, orgs, staffId);
      if (provisioned) return provisioned;
    }
    const by = staffId ? { staffId } : email ? { email } : undefined;
    if (!by) return null;
    const found = await organizationsPeopleMatching(db, orgs, by);
    if (found.length !== 1 || !found[0]) {
      if (!email) return null;
      // A provisioned login of these organizations with this verified address.
      const byEmail = await organizationUserByEmail(db, orgs, email);
      return byEmail ?? null;
    }
    const person = found[0];
    const linked = await userOfPerson(db, person.id);
    if (linked) return linked;
    const loginEmail = email ?? person.email?.toLowerCase();
    if (!loginEmail) return null;
    if (await userByEmail(db, loginEmail)) return null;
    const passwordHash = await hashPassword(randomToken());
    return db.transaction(async (tx) => {
      const created = await insertUser(tx, {
        email: loginEmail,
        passwordHash,
        personId: person.id,
        isSystemAdmin: false,
        organizationId: person.organizationId,
        staffId: person.staffId,
      });
      if (!created) throw new Error('insert returned nothing');
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'user.create_by_sso',
        entity: 'user',
        entityId: created.id,
        organizationId: person.organizationId,
        after: { email: loginEmail, personId: person.id, provider: p.name },
      });
      return created;
    });
  }

  async function failed(p: ProviderRow | undefined, code: SsoFailure, detail: string, ip: string) {
    await db.transaction((tx) =>
      recordAudit(tx, SYSTEM_ACTOR, {
        action: 'auth.sso_failure',
        entity: 'oidc_provider',
        entityId: p?.id ?? 'unknown',
        after: { code, detail, ip },
      }),
    );
    return new SsoError(code, detail);
  }

  return {
    redirectUri,

    /** Enabled providers, for the sign-in page. */
    async publicList() {
      const rows = await enabledProviders(db);
      const orgs = await organizationCodes(db);
      const code = new Map(orgs.map((o) => [o.id, o.code]));
      return rows
        .map((p) => ({
          id: p.id,
          name: p.name,
          organizationCodes: p.organizationIds.map((id) => code.get(id) ?? '?'),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    /** Starts a sign-in: the provider's authorization URL (state, nonce and PKCE kept here). */
    async start(
      providerId: string,
      returnTo: string | undefined,
    ): Promise<{ url: URL; state: string } | null> {
      const p = await enabledProvider(providerId);
      if (!p) return null;
      const config = await configuration(p);
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      await startLogin(db, {
        stateHash: sha256(state),
        providerId: p.id,
        codeVerifier,
        nonce,
        returnTo: safeReturnTo(returnTo),
        expiresAt: new Date(Date.now() + LOGIN_MINUTES * 60_000),
      });
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: p.scopes,
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, state };
    },

    /**
     * Finishes a sign-in from the provider's redirect. The state is used once: a replayed or
     * unknown state finds nothing. The ID token's signature, issuer, audience, expiry and nonce
     * are checked by openid-client.
     */
    async callback(
      query: string,
      browserState: string | undefined,
      ip: string,
    ): Promise<{ session: NewSession; returnTo: string }> {
      const params = new URLSearchParams(query);
      const state = params.get('state') ?? '';
      // The state must come back to the browser that started the sign-in (its cookie): a
      // callback URL sent to someone else does not sign them in (login CSRF).
      if (!browserState || browserState !== state) {
        throw await failed(undefined, 'state', 'state does not belong to this browser', ip);
      }
      const login = await takeLogin(db, sha256(state));
      if (!login)
        throw await failed(undefined, 'state', 'unknown, expired or already used state', ip);
      const p = await findProvider(db, login.providerId);
      if (!p?.enabled) throw await failed(p, 'provider', 'provider disabled', ip);
      if (params.get('error')) {
        throw await failed(p, 'provider', `provider answered ${params.get('error')}`, ip);
      }
      let claims: Record<string, unknown>;
      try {
        const config = await configuration(p);
        const tokens = await oidc.authorizationCodeGrant(
          config,
          new URL(`${redirectUri}?${params.toString()}`),
          {
            pkceCodeVerifier: login.codeVerifier,
            expectedState: state,
            expectedNonce: login.nonce,
            idTokenExpected: true,
          },
        );
        claims = { ...(tokens.claims() ?? {}) };
      } catch (e) {
        throw await failed(p, 'token', e instanceof Error ? e.message : 'token refused', ip);
      }
      const user = await matchUser(p, claims);
      if (!user) {
        throw await failed(
          p,
          'unknown_user',
          `no person matches subject ${String(claims.sub)}`,
          ip,
        );
      }
      if (user.disabled) throw await failed(p, 'deactivated', `user ${user.id} is deactivated`, ip);
      const session = await auth.startSession(
        user,
        'oidc',
        assertsSecondFactor(claims.amr) ? new Date() : null,
        ip,
        { provider: p.name, subject: claims.sub, amr: claims.amr ?? null },
      );
      return { session, returnTo: login.returnTo };
    },
  };
}

export type OidcService = ReturnType<typeof createOidcService>;
