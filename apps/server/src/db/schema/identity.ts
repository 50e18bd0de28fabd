import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps } from './common.ts';
import { people } from './registry.ts';

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  personId: uuid('person_id')
    .unique()
    .references(() => people.id),
  isSystemAdmin: boolean('is_system_admin').notNull().default(false),
  locale: text('locale').notNull().default('en'),
  disabled: boolean('disabled').notNull().default(false),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  ...timestamps,
});

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie value: a database leak does not leak live sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
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
 * Every change, chained by hash so that an altered or removed row is detectable. Writers insert
 * rows unchained (no lock on the write path); the chainer gives them `chain_pos`, `prev_hash` and
 * `hash` in order within a second (audit/audit.service.ts).
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
    chainPos: bigint('chain_pos', { mode: 'number' }).unique(),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_entity').on(t.entity, t.entityId),
    index('audit_log_country').on(t.countryId),
  ],
);

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
