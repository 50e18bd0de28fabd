import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { conflict, invalid } from '../http/errors.ts';

export async function createUser(
  db: Db,
  actor: AuditActor,
  emailInput: string,
  password: string,
  isSystemAdmin: boolean,
) {
  const email = emailInput.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw invalid('email', 'is not a valid e-mail address');
  if (password.length < MIN_PASSWORD_LENGTH)
    throw invalid('password', `must have at least ${MIN_PASSWORD_LENGTH} characters`);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email, passwordHash, isSystemAdmin })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict(`email: a user ${email} already exists`);
    await recordAudit(tx, actor, {
      action: 'user.create',
      entity: 'user',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
}
