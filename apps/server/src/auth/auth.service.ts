import { requiresSecondFactor } from '@fieldsafe/core';
import type { Db } from '../db/client.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { enqueueNotice } from '../messaging/queue.ts';
import { DomainError, invalid, notFound } from '../http/errors.ts';
import {
  frozenActor,
  loadActor,
  toActor,
  today,
  type Locale,
  type RequestActor,
  type SecondFactorState,
} from '../access/actor.ts';
import {
  dummyPasswordHash,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from './password.ts';
import { randomToken, sha256 } from './tokens.ts';
import type { SessionCache } from './session-cache.ts';
import {
  apiTokensOf,
  deleteSession,
  deleteSessionsOf,
  failuresSince as countFailuresSince,
  insertApiToken,
  insertLoginAttempt,
  insertSession,
  liveSession,
  localPasswordsSetting,
  pruneSessions,
  recentAttempts,
  revokeUserToken,
  updateUser,
  useApiToken,
  userByEmail,
  userById,
  type ApiTokenRow,
  type UserRow,
} from './auth.queries.ts';

/**
 * Sign-in throttling, kept in the database (every server process sees the same attempts).
 * An account is slowed down from one address only: after `perEmail` failures for that account
 * from that address, each further try waits `baseDelaySeconds`, doubling up to
 * `maxDelaySeconds`, so the owner signing in from anywhere else is never held back. An address
 * alone is stopped at a much higher ceiling (`perIp` failures within `windowMinutes`: a whole
 * office behind one NAT shares it). After `noticeAfter` failures on an account (from any
 * address), the owner gets an in-app notice and an audit row is written.
 */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  perEmail: 5,
  baseDelaySeconds: 15,
  maxDelaySeconds: 15 * 60,
  /** How far back failures of an account + address count (since its last success). */
  memoryMinutes: 60,
  perIp: 300,
  noticeAfter: 5,
};

/** Seconds to wait after `failures` consecutive failures of one account from one address. */
export function backoffSeconds(failures: number): number {
  if (failures < LOGIN_LIMITS.perEmail) return 0;
  const exp = Math.min(failures - LOGIN_LIMITS.perEmail, 20);
  return Math.min(LOGIN_LIMITS.maxDelaySeconds, LOGIN_LIMITS.baseDelaySeconds * 2 ** exp);
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: RequestActor;
}

export function createAuthService(
  db: Db,
  options: {
    sessionHours: number;
    /** Sessions resolved lately (see session-cache.ts); without it, each lookup reads. */
    sessions?: SessionCache;
  },
) {
  /** Whether the user's organization still lets its people sign in with a local password. */
  async function localPasswordsAllowed(user: UserRow): Promise<boolean> {
    return (await localPasswordsSetting(db, user)) ?? true;
  }

  /**
   * Resolves a session cookie to its user and CSRF token: session, user, person and the
   * appointments in force, in one query (it runs on every request), or from the sessions
   * resolved lately. A session resolved lately is served as it was built, actor and all: the
   * actor is frozen, so no request can change what the next one is given, and the permissions it
   * holds are worked out once per lookup (`can` keeps them per actor), not on every request.
   */
  async function fromSession(
    token: string,
  ): Promise<{ actor: RequestActor; csrfToken: string } | null> {
    const id = sha256(token);
    const day = today();
    const load = async () => {
      const row = await liveSession(db, id, day);
      return row && { expiresAt: row.expiresAt, resolved: resolveSession(row) };
    };
    const found = options.sessions
      ? await options.sessions.resolve(`${id} ${day}`, load)
      : await load();
    return found?.resolved ?? null;
  }

  /** The caller a live session stands for (null for a disabled account). */
  function resolveSession(
    row: NonNullable<Awaited<ReturnType<typeof liveSession>>>,
  ): { actor: RequestActor; csrfToken: string } | null {
    const actor = toActor(row);
    if (!actor) return null;
    const secondFactor: SecondFactorState = row.secondFactorAt
      ? 'satisfied'
      : row.totpEnabledAt
        ? 'challenge'
        : requiresSecondFactor(actor)
          ? 'enrol'
          : 'not_required';
    actor.session = {
      id: row.sessionId,
      method: row.method === 'oidc' ? 'oidc' : 'password',
      secondFactor,
      totpEnabled: row.totpEnabledAt !== null,
    };
    return { actor: frozenActor(actor), csrfToken: row.csrfToken };
  }

  /**
   * Opens a session for a user who proved who they are (password or SSO). `secondFactorAt` is
   * set when the identity provider asserted a second factor.
   */
  async function startSession(
    user: { id: string; email: string },
    method: 'password' | 'oidc',
    secondFactorAt: Date | null,
    ip: string,
    detail: Record<string, unknown> = {},
  ): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = randomToken(24);
    const expiresAt = new Date(Date.now() + options.sessionHours * 3_600_000);
    await db.transaction(async (tx) => {
      await insertSession(tx, {
        id: sha256(token),
        userId: user.id,
        csrfToken,
        expiresAt,
        method,
        secondFactorAt,
      });
      await insertLoginAttempt(tx, { email: user.email, ip, succeeded: true });
      await updateUser(tx, user.id, { lastLoginAt: new Date() });
      await recordAudit(
        tx,
        { userId: user.id, label: user.email },
        {
          action: 'auth.login',
          entity: 'user',
          entityId: user.id,
          after: { ip, method, ...detail },
        },
      );
    });
    const resolved = await fromSession(token);
    if (!resolved) throw new DomainError('unauthenticated', 'E-mail or password is wrong');
    return { token, csrfToken, expiresAt, actor: resolved.actor };
  }

  async function failuresSince(column: 'email' | 'ip', value: string): Promise<number> {
    const since = new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000);
    return countFailuresSince(db, column, value, since);
  }

  /** Seconds this account must still wait before another try from this address (0: none). */
  async function waitFor(email: string, ip: string): Promise<number> {
    const since = new Date(Date.now() - LOGIN_LIMITS.memoryMinutes * 60_000);
    const recent = await recentAttempts(db, email, ip, since);
    let failures = 0;
    for (const r of recent) {
      if (r.succeeded) break;
      failures += 1;
    }
    const last = recent[0];
    if (!last || last.succeeded) return 0;
    const until = new Date(last.at).getTime() + backoffSeconds(failures) * 1000;
    return Math.max(0, Math.ceil((until - Date.now()) / 1000));
  }

  /** Records a failure; tells the account's owner (and the audit trail) when they pile up. */
  async function recordFailure(email: string, ip: string, user: UserRow | undefined) {
    await insertLoginAttempt(db, { email, ip, succeeded: false });
    if (!user) return;
    const failures = await failuresSince('email', email);
    if (failures < LOGIN_LIMITS.noticeAfter || failures % LOGIN_LIMITS.noticeAfter !== 0) return;
    const windowStart = Math.floor(Date.now() / (LOGIN_LIMITS.windowMinutes * 60_000));
    await db.transaction(async (tx) => {
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'auth.login_failures',
        entity: 'user',
        entityId: user.id,
        after: { failures, windowMinutes: LOGIN_LIMITS.windowMinutes, lastIp: ip },
      });
      if (user.personId) {
        // In the account holder's own language, on every channel (an urgent notice).
        await enqueueNotice(tx, [user.personId], {
          name: 'security.loginFailures',
          params: { failures, minutes: LOGIN_LIMITS.windowMinutes, ip },
          link: null,
          cause: `login-failures:${user.id}:${windowStart}`,
        });
      }
    });
  }

  return {
    async login(emailInput: string, password: string, ip: string): Promise<NewSession> {
      const email = emailInput.trim().toLowerCase();
      const wait = await waitFor(email, ip);
      if (wait > 0) {
        throw new DomainError(
          'rate_limited',
          `Too many failed sign-in attempts for this account from your address; try again in ${wait} seconds`,
          [],
          wait,
        );
      }
      if ((await failuresSince('ip', ip)) >= LOGIN_LIMITS.perIp) {
        throw new DomainError(
          'rate_limited',
          `Too many failed sign-in attempts from your address; try again in ${LOGIN_LIMITS.windowMinutes} minutes`,
          [],
          LOGIN_LIMITS.windowMinutes * 60,
        );
      }
      const user = await userByEmail(db, email);
      const ok = user
        ? await verifyPassword(user.passwordHash, password)
        : (await verifyPassword(await dummyPasswordHash(), password)) && false;
      if (!user || !ok || user.disabled) {
        await recordFailure(email, ip, user);
        throw new DomainError('unauthenticated', 'E-mail or password is wrong');
      }
      if (!user.breakGlass && !(await localPasswordsAllowed(user))) {
        throw new DomainError(
          'unauthenticated',
          'Your organization signs you in through its identity provider: use its button on the sign-in page',
        );
      }
      return startSession(user, 'password', null, ip);
    },

    startSession,

    async logout(token: string): Promise<void> {
      await deleteSession(db, sha256(token));
    },

    /**
     * Resolves a session cookie to its user and CSRF token: session, user, person and the
     * appointments in force, in one query (it runs on every request).
     */
    fromSession,

    /** Resolves a personal API token (`Authorization: Bearer fs_…`). */
    async fromApiToken(token: string): Promise<RequestActor | null> {
      // Marking the token used and finding its user is one statement.
      const t = await useApiToken(db, sha256(token));
      return t ? loadActor(db, t.userId) : null;
    },

    async createApiToken(actor: RequestActor, name: string, expiresAt: Date | null) {
      if (expiresAt && expiresAt <= new Date()) invalidExpiry();
      const secret = `fs_${randomToken(30)}`;
      const prefix = secret.slice(0, 10);
      return db.transaction(async (tx) => {
        const row = await insertApiToken(tx, {
          userId: actor.userId,
          name,
          tokenHash: sha256(secret),
          prefix,
          expiresAt,
        });
        if (!row) throw new Error('insert returned nothing');
        await recordAudit(tx, actor, {
          action: 'api_token.create',
          entity: 'api_token',
          entityId: row.id,
          after: { name, prefix, expiresAt },
        });
        return { ...publicToken(row), token: secret };
      });
    },

    async listApiTokens(actor: RequestActor) {
      const rows = await apiTokensOf(db, actor.userId);
      return rows.map(publicToken);
    },

    async revokeApiToken(actor: RequestActor, id: string) {
      await db.transaction(async (tx) => {
        const row = await revokeUserToken(tx, actor.userId, id);
        if (!row) throw notFound('API token');
        await recordAudit(tx, actor, {
          action: 'api_token.revoke',
          entity: 'api_token',
          entityId: id,
        });
      });
    },

    async changePassword(actor: RequestActor, current: string, next: string) {
      const user = await userById(db, actor.userId);
      if (!user || !(await verifyPassword(user.passwordHash, current))) {
        throw invalid('currentPassword', 'is wrong');
      }
      if (next.length < MIN_PASSWORD_LENGTH) {
        throw invalid('newPassword', `must have at least ${MIN_PASSWORD_LENGTH} characters`);
      }
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        await updateUser(tx, user.id, { passwordHash, updatedAt: new Date() });
        // Every other session ends when the password changes.
        await deleteSessionsOf(tx, user.id);
        await recordAudit(tx, actor, {
          action: 'user.password_change',
          entity: 'user',
          entityId: user.id,
        });
      });
    },

    /** Sets my language: the web app's default and the language of messages sent to me. */
    async setLocale(actor: RequestActor, locale: Locale) {
      await db.transaction(async (tx) => {
        await updateUser(tx, actor.userId, { locale, updatedAt: new Date() });
        await recordAudit(tx, actor, {
          action: 'user.locale_change',
          entity: 'user',
          entityId: actor.userId,
          after: { locale },
        });
      });
    },

    /** Removes expired sessions and old login attempts. */
    async prune() {
      await pruneSessions(db);
    },
  };
}

function invalidExpiry(): never {
  throw invalid('expiresAt', 'must be in the future');
}

function publicToken(row: ApiTokenRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
