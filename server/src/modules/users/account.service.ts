import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { hashPassword, verifyPassword } from '../../platform/password';
import { assertSignInAllowed, recordSignInAttempt } from '../auth';
import { findUserById } from '../../platform/users.repository';
import { nowIso } from '../../shared/clock';
import { badRequest, unauthenticated } from '../../shared/errors';
import { assertAcceptablePassword } from './password-policy';

/**
 * The caller changes their own password: the current one is checked (and throttled like a
 * sign-in, so a left-open console cannot be used to guess it); every other session ends, this one stays.
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
  actor: Actor,
): Promise<void> {
  const user = await findUserById(db, input.userId);
  if (!user) throw unauthenticated();
  await assertSignInAllowed(db, user.email, actor.ip ?? 'unknown');
  const ok = await verifyPassword(input.currentPassword, user.passwordHash);
  if (!ok) {
    await recordSignInAttempt(db, { email: user.email, ip: actor.ip ?? 'unknown', succeeded: false });
    throw badRequest('current_password_wrong', 'Your current password is not this one.');
  }
  assertAcceptablePassword(input.newPassword);
  if (input.newPassword === input.currentPassword) {
    throw badRequest('password_unchanged', 'The new password must differ from the current one.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    await trx
      .updateTable('users')
      .set((eb) => ({ passwordHash, updatedAt: nowIso(), version: eb('version', '+', 1) }))
      .where('id', '=', input.userId)
      .execute();
    await trx.deleteFrom('sessions').where('userId', '=', input.userId).where('id', '!=', input.sessionId).execute();
    uow.audit({ actor, action: 'change_password', entityType: 'user', entityId: input.userId });
  });
}
