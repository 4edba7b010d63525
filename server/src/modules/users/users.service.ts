import type { Kysely } from 'kysely';
import type { User, UserCreateInput, UserPatch } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, inVersionedEdit } from '../../plugins/unit-of-work';
import { hashPassword } from '../../platform/password';
import { deleteSessionsOfUser } from '../../platform/sessions.repository';
import { insertUserRow } from '../../platform/users.repository';
import { nowIso } from '../../shared/clock';
import { diff } from '../../shared/diff';
import { conflict, notFound } from '../../shared/errors';
import { updateVersioned } from '../../shared/versioning';
import { temporaryPassword } from './temporary-password';
import { findUser } from './users.repository';

type NewUser = z.output<typeof UserCreateInput>;

/** What the audit trail compares: what an administrator edits, without timestamps. */
const snapshot = (u: User) => ({ email: u.email, displayName: u.displayName, role: u.role, phone: u.phone, locale: u.locale, active: u.active });

const ownAccount = () =>
  conflict('own_account', 'You cannot deactivate your own account or change your own role: ask another administrator.');

/** Every console session and every device token of the user ends now: their next request is a 401. */
export async function endAccess(trx: Kysely<Database>, userId: string, options: { tokens: boolean }): Promise<void> {
  await deleteSessionsOfUser(trx, userId);
  if (options.tokens) {
    await trx.updateTable('deviceTokens').set({ revokedAt: nowIso() }).where('userId', '=', userId).where('revokedAt', 'is', null).execute();
  }
}

async function existing(trx: Kysely<Database>, id: string): Promise<User> {
  const user = await findUser(trx, id);
  if (!user) throw notFound('This user');
  return user;
}

export async function createUser(db: Kysely<Database>, input: NewUser, actor: Actor | null) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const taken = await trx.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
    if (taken) throw conflict('email_taken', 'Another user already has this email address.');
    const id = await insertUserRow(trx, {
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      role: input.role,
      isActive: 1,
      locale: input.locale,
      phone: input.phone || null,
    });
    const user = await existing(trx, id);
    uow.audit({ actor, action: 'create', entityType: 'user', entityId: id, changes: diff(null, snapshot(user)) });
    return { user, temporaryPassword: password };
  });
}

/**
 * PATCH with If-Match. Deactivating here is the same as /deactivate; a role change also ends the
 * user's sessions and tokens, so nobody keeps a console or an app opened under the old role.
 */
export async function updateUser(
  db: Kysely<Database>,
  id: string,
  changes: UserPatch,
  expectedVersion: number,
  actor: Actor | null,
): Promise<User> {
  const target = { find: (trx: Kysely<Database>) => findUser(trx, id), what: 'This user', expectedVersion };
  return inVersionedEdit(db, target, async (uow, before) => {
    const { trx } = uow;
    const roleChanged = changes.role !== undefined && changes.role !== before.role;
    const deactivated = changes.active === false && before.active;
    if (actor?.id === id && (roleChanged || deactivated)) throw ownAccount();
    const { active, phone, ...rest } = changes;
    await updateVersioned(trx, 'users', id, expectedVersion, {
      ...rest,
      ...(phone !== undefined ? { phone: phone || null } : {}),
      ...(active !== undefined ? { isActive: active ? 1 : 0 } : {}),
      updatedAt: nowIso(),
    });
    if (roleChanged || deactivated) await endAccess(trx, id, { tokens: true });
    const after = await existing(trx, id);
    uow.audit({ actor, action: 'update', entityType: 'user', entityId: id, changes: diff(snapshot(before), snapshot(after)) });
    return after;
  });
}

/** Sets `active`; unchanged (already in that state) is harmless and writes nothing. */
export async function setActive(db: Kysely<Database>, id: string, active: boolean, actor: Actor | null): Promise<User> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const before = await existing(trx, id);
    if (!active && actor?.id === id) throw ownAccount();
    if (before.active === active) return before;
    await trx
      .updateTable('users')
      .set((eb) => ({ isActive: active ? 1 : 0, updatedAt: nowIso(), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    if (!active) await endAccess(trx, id, { tokens: true });
    uow.audit({
      actor,
      action: active ? 'reactivate' : 'deactivate',
      entityType: 'user',
      entityId: id,
      changes: { active: { before: before.active, after: active } },
    });
    return existing(trx, id);
  });
}

/** A new temporary password (shown once) and every console session ended; device tokens are revoked separately. */
export async function resetPassword(db: Kysely<Database>, id: string, actor: Actor | null) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    await existing(trx, id);
    await trx
      .updateTable('users')
      .set((eb) => ({ passwordHash, updatedAt: nowIso(), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    await endAccess(trx, id, { tokens: false });
    uow.audit({ actor, action: 'reset_password', entityType: 'user', entityId: id });
    return { user: await existing(trx, id), temporaryPassword: password };
  });
}

export async function revokeUserToken(db: Kysely<Database>, userId: string, tokenId: string, actor: Actor | null): Promise<void> {
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const token = await trx
      .selectFrom('deviceTokens')
      .select(['id', 'deviceName', 'revokedAt'])
      .where('id', '=', tokenId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (!token) throw notFound('This device token');
    if (token.revokedAt !== null) return;
    const at = nowIso();
    await trx.updateTable('deviceTokens').set({ revokedAt: at }).where('id', '=', tokenId).execute();
    uow.audit({
      actor,
      action: 'token_revoked',
      entityType: 'device_token',
      entityId: tokenId,
      changes: { revokedAt: { before: null, after: at } },
    });
  });
}
