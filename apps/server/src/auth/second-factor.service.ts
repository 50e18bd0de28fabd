import { requiresSecondFactor } from '@fieldsafe/core';
import { generateSecret, generateURI, verify } from 'otplib';
import type { Db, Tx } from '../db/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { RequestActor } from '../access/actor.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../http/errors.ts';
import { randomToken, sha256 } from './tokens.ts';
import { seal, sealingKey, unseal } from './sealed.ts';
import { deleteSession, deleteSessionsOf, updateUser, userById } from './auth.queries.ts';
import {
  advanceTotpStep,
  clearSecondFactor,
  countWrongCode,
  deleteRecoveryCodes,
  markSecondFactorPassed,
  replaceRecoveryCodeHashes,
  unusedRecoveryCodes,
  useRecoveryCode,
} from './second-factor.queries.ts';

/** Wrong codes allowed in one session before it is ended (sign in again: that is throttled). */
export const SECOND_FACTOR_MAX_FAILURES = 5;
export const RECOVERY_CODE_COUNT = 10;
/** One period either side, for clocks that drift. */
const TOLERANCE_SECONDS = 30;

function sessionOf(actor: RequestActor) {
  if (!actor.session) {
    throw forbidden('The second factor is managed from a signed-in session, not with an API token');
  }
  return actor.session;
}

/** Ten single-use codes, e.g. `k3v9-q2mx-7hpa`; only their hashes are kept. */
function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomToken(12)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .padEnd(12, '0')
      .slice(0, 12);
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
  });
}

const normalizeRecovery = (code: string) => code.trim().toLowerCase().replace(/\s+/g, '');

export function createSecondFactorService(db: Db) {
  async function markSession(sessionId: string) {
    await markSecondFactorPassed(db, sessionId);
  }

  /** Counts a wrong code; the session ends after too many. */
  async function failure(actor: RequestActor, sessionId: string): Promise<never> {
    const row = await countWrongCode(db, sessionId);
    if ((row?.failures ?? SECOND_FACTOR_MAX_FAILURES) >= SECOND_FACTOR_MAX_FAILURES) {
      await db.transaction(async (tx) => {
        await deleteSession(tx, sessionId);
        await recordAudit(tx, actor, {
          action: 'auth.second_factor_failures',
          entity: 'user',
          entityId: actor.userId,
          after: { failures: row?.failures ?? SECOND_FACTOR_MAX_FAILURES },
        });
      });
      throw new DomainError('unauthenticated', 'Too many wrong codes: sign in again');
    }
    throw invalid('code', 'is wrong or was already used');
  }

  async function replaceRecoveryCodes(tx: Tx, userId: string) {
    const codes = newRecoveryCodes();
    await replaceRecoveryCodeHashes(
      tx,
      userId,
      codes.map((c) => sha256(normalizeRecovery(c))),
    );
    return codes;
  }

  async function verifyTotp(userId: string, secret: string, code: string, lastStep: number | null) {
    if (!/^\d{6}$/.test(code)) return false;
    const now = Math.floor(Date.now() / 1000);
    const result = await verify({
      epoch: now,
      secret: unseal(await sealingKey(db), secret),
      token: code,
      epochTolerance: TOLERANCE_SECONDS,
      ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
    });
    if (!result.valid) return false;
    const step = Math.floor(now / 30) + result.delta;
    // Compare-and-set: two requests with the same code cannot both pass.
    return advanceTotpStep(db, userId, lastStep, step);
  }

  return {
    /** Starts enrolment: a new secret to put in an authenticator app (not in use until confirmed). */
    async setup(actor: RequestActor) {
      sessionOf(actor);
      const user = await userById(db, actor.userId);
      if (!user) throw notFound('User');
      if (user.totpEnabledAt) {
        throw conflict('A second factor is already set up; remove it first to set up a new one');
      }
      const secret = generateSecret();
      await updateUser(db, actor.userId, {
        totpSecret: seal(await sealingKey(db), secret),
        totpLastStep: null,
        updatedAt: new Date(),
      });
      const uri = generateURI({ issuer: 'Fieldsafe', label: user.email, secret });
      return { secret, uri };
    },

    /** Confirms enrolment with a first code: the factor is in use, this session has passed it. */
    async confirm(actor: RequestActor, code: string) {
      const session = sessionOf(actor);
      const user = await userById(db, actor.userId);
      if (!user?.totpSecret) throw invalid('code', 'start the set-up first');
      if (user.totpEnabledAt) throw conflict('A second factor is already set up');
      if (!(await verifyTotp(user.id, user.totpSecret, code, user.totpLastStep))) {
        return failure(actor, session.id);
      }
      return db.transaction(async (tx) => {
        await updateUser(tx, user.id, { totpEnabledAt: new Date(), updatedAt: new Date() });
        await markSecondFactorPassed(tx, session.id);
        const codes = await replaceRecoveryCodes(tx, user.id);
        await recordAudit(tx, actor, {
          action: 'auth.second_factor_enrol',
          entity: 'user',
          entityId: user.id,
          after: { method: 'totp', recoveryCodes: codes.length },
        });
        return { recoveryCodes: codes };
      });
    },

    /** Passes the second factor in this session with a TOTP code or a recovery code. */
    async challenge(actor: RequestActor, input: { code?: string; recoveryCode?: string }) {
      const session = sessionOf(actor);
      const user = await userById(db, actor.userId);
      if (!user?.totpSecret || !user.totpEnabledAt) {
        throw invalid('code', 'no second factor is set up: set one up first');
      }
      if (input.recoveryCode) {
        const used = await useRecoveryCode(
          db,
          user.id,
          sha256(normalizeRecovery(input.recoveryCode)),
        );
        if (!used) {
          await failure(actor, session.id).catch((e: unknown) => {
            if (e instanceof DomainError && e.code === 'validation_error') {
              throw invalid('recoveryCode', 'is wrong or was already used');
            }
            throw e;
          });
        }
      } else if (
        !(await verifyTotp(user.id, user.totpSecret, input.code ?? '', user.totpLastStep))
      ) {
        await failure(actor, session.id);
      }
      await markSession(session.id);
      const left = await unusedRecoveryCodes(db, user.id);
      await db.transaction(async (tx) =>
        recordAudit(tx, actor, {
          action: 'auth.second_factor_pass',
          entity: 'user',
          entityId: user.id,
          after: { with: input.recoveryCode ? 'recovery_code' : 'totp' },
        }),
      );
      return { recoveryCodesLeft: left };
    },

    /** New recovery codes (the old ones stop working). */
    async regenerateRecoveryCodes(actor: RequestActor) {
      sessionOf(actor);
      return db.transaction(async (tx) => {
        const user = await userById(tx, actor.userId);
        if (!user?.totpEnabledAt) throw invalid('(body)', 'no second factor is set up');
        const codes = await replaceRecoveryCodes(tx, user.id);
        await recordAudit(tx, actor, {
          action: 'auth.recovery_codes_regenerate',
          entity: 'user',
          entityId: user.id,
        });
        return { recoveryCodes: codes };
      });
    },

    /**
     * Removes a user's second factor: their own (when their roles do not require one), or — by a
     * system administrator — anyone's (a lost phone). The user's sessions end.
     */
    async remove(actor: RequestActor, userId: string) {
      if (userId === actor.userId && requiresSecondFactor(actor)) {
        throw forbidden(
          'Your roles require a second factor; ask a system administrator to reset it',
        );
      }
      if (userId !== actor.userId && !actor.isSystemAdmin) throw notFound('User');
      await db.transaction(async (tx) => {
        if (!(await clearSecondFactor(tx, userId))) throw notFound('User');
        await deleteRecoveryCodes(tx, userId);
        if (userId !== actor.userId) await deleteSessionsOf(tx, userId);
        await recordAudit(tx, actor, {
          action: 'auth.second_factor_remove',
          entity: 'user',
          entityId: userId,
        });
      });
    },
  };
}

export type SecondFactorService = ReturnType<typeof createSecondFactorService>;
