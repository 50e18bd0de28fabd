import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps } from './common.ts';
import { organizations, people } from './registry.ts';

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    personId: uuid('person_id')
      .unique()
      .references(() => people.id),
    isSystemAdmin: boolean('is_system_admin').notNull().default(false),
    locale: text('locale').notNull().default('en'),
    /** Notices that are not urgent by e-mail / SMS too (urgent ones always go on every channel). */
    notifyEmail: boolean('notify_email').notNull().default(false),
    notifySms: boolean('notify_sms').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    /** TOTP secret (base32); the factor is in use once `totpEnabledAt` is set. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last TOTP time step accepted: a code is never accepted twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** Keeps its local password when the organization switches local passwords off. */
    breakGlass: boolean('break_glass').notNull().default(false),
    /** Set for users provisioned by SCIM: the organization whose directory manages them. */
    organizationId: uuid('organization_id').references(() => organizations.id),
    staffId: text('staff_id'),
    externalId: text('external_id'),
    /** The SCIM attributes last provisioned (name, display name …). */
    scim: jsonb('scim'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_org_external_id')
      .on(t.organizationId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('users_org_staff_id').on(t.organizationId, t.staffId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie value: a database leak does not leak live sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    /** How the session was opened: `password` or `oidc`. */
    method: text('method').notNull().default('password'),
    /** When the second factor was passed (or asserted by the organization's SSO). */
    secondFactorAt: timestamp('second_factor_at', { withTimezone: true }),
    secondFactorFailures: integer('second_factor_failures').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const apiTokens = pgTable('api_tokens', {
  id: id(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  ...timestamps,
});

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_email_at').on(t.email, t.at),
    index('login_attempts_ip_at').on(t.ip, t.at),
    index('login_attempts_email_ip_at').on(t.email, t.ip, t.at),
  ],
);

/**
 * Every change, chained by hash so that an altered or removed row is detectable. Rows are only
 * ever inserted: writers insert them without a lock (a trigger notes each statement's rows in
 * `audit_pending`), and the chainer links them within a second in `audit_chain`
 * (audit/audit.service.ts).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    countryId: uuid('country_id'),
    organizationId: uuid('organization_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_entity').on(t.entity, t.entityId),
    index('audit_log_country').on(t.countryId),
  ],
);

/**
 * The audit rows not chained yet: one row per statement that wrote audit rows, added by a trigger
 * on `audit_log` in the writer's transaction. The chainer takes them in order and deletes them.
 */
export const auditPending = pgTable('audit_pending', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  seqs: bigint('seqs', { mode: 'number' }).array().notNull(),
});

/**
 * The hash chain, one block per chainer round: the audit rows at positions `first_pos`,
 * `first_pos + 1`, … (their `seq`s, in chain order) and each one's hash, SHA-256 over the row's
 * canonical content and the previous row's hash (`prev_hash` for the block's first row). Only
 * ever inserted: linking a row never rewrites it.
 */
export const auditChain = pgTable('audit_chain', {
  firstPos: bigint('first_pos', { mode: 'number' }).primaryKey(),
  prevHash: text('prev_hash').notNull(),
  seqs: bigint('seqs', { mode: 'number' }).array().notNull(),
  hashes: text('hashes').array().notNull(),
});

/**
 * The signed head of the audit chain (one row), kept apart from the log and moved forward by the
 * chainer in the same transaction: rows removed from the end of the chain no longer reach it.
 */
export const auditCheckpoint = pgTable(
  'audit_checkpoint',
  {
    id: smallint('id').primaryKey().default(1),
    headPos: bigint('head_pos', { mode: 'number' }).notNull(),
    headHash: text('head_hash').notNull(),
    signature: text('signature').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('audit_checkpoint_single_row', sql`${t.id} = 1`)],
);

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('recovery_codes_user').on(t.userId)],
);

/** Per organization: may its people sign in with a local password (break-glass users always may). */
export const organizationSignIn = pgTable('organization_sign_in', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  localPasswords: boolean('local_passwords').notNull().default(true),
  ...timestamps,
});

/** OpenID Connect providers, managed by system administrators. */
export const oidcProviders = pgTable('oidc_providers', {
  id: id(),
  name: text('name').notNull(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret').notNull(),
  organizationIds: uuid('organization_ids').array().notNull(),
  staffIdClaim: text('staff_id_claim').notNull().default('employee_number'),
  emailClaim: text('email_claim').notNull().default('email'),
  scopes: text('scopes').notNull().default('openid email profile'),
  enabled: boolean('enabled').notNull().default(true),
  ...timestamps,
});

/** A sign-in under way at a provider: used once (a replayed state finds nothing). */
export const oidcLogins = pgTable('oidc_logins', {
  stateHash: text('state_hash').primaryKey(),
  providerId: uuid('provider_id')
    .notNull()
    .references(() => oidcProviders.id, { onDelete: 'cascade' }),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  returnTo: text('return_to').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** SCIM bearer tokens, one organization each. */
export const scimTokens = pgTable('scim_tokens', {
  id: id(),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  ...timestamps,
});
