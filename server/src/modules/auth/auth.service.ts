import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { AppError, forbidden } from '../../shared/errors';
import { createDeviceToken, revokeDeviceToken } from '../../platform/device-tokens.repository';
import { hashPassword, verifyPassword } from '../../platform/password';
import { sha256 } from '../../platform/secrets';
import { createSession, deleteSession, type NewSession, type SessionLimits } from '../../platform/sessions.repository';
import { assertSignInAllowed, recordSignInAttempt } from './sign-in-throttle';
import { findUserByEmail, markSignedIn, type UserRow } from '../../platform/users.repository';

export interface Credentials {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

const invalidCredentials = () => new AppError(401, 'invalid_credentials', 'Wrong email or password.');

/** Hashed once, so an unknown email costs the same time as a wrong password (no account probing). */
let decoyHash: Promise<string> | undefined;

/**
 * Checks throttling and the password; the same 401 for an unknown email, a wrong password and a
 * deactivated account. Records the attempt either way.
 */
async function checkCredentials(db: Kysely<Database>, credentials: Credentials): Promise<UserRow> {
  const { email, password, ip } = credentials;
  await assertSignInAllowed(db, email, ip);
  const user = await findUserByEmail(db, email);
  decoyHash ??= hashPassword('decoy password, never matches');
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  const ok = Boolean(user && passwordOk && user.isActive);
  await recordSignInAttempt(db, { email, ip, succeeded: ok });
  if (!ok || !user) throw invalidCredentials();
  return user;
}

/**
 * Console sign-in: a new session (new id every time), audited. Technicians use the app. The
 * session the browser still held (`replacing`, its cookie value) is ended: no fixation.
 */
export async function signIn(
  db: Kysely<Database>,
  credentials: Credentials,
  limits: SessionLimits,
  replacing?: string,
): Promise<{ user: UserRow; session: NewSession }> {
  const user = await checkCredentials(db, credentials);
  if (user.role === 'technician') throw forbidden('Technicians sign in from the technician app.');
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    if (replacing) await deleteSession(trx, sha256(replacing));
    const session = await createSession(trx, { userId: user.id, ip: credentials.ip, userAgent: credentials.userAgent, limits });
    const at = new Date().toISOString();
    await markSignedIn(trx, user.id, at);
    uow.audit({
      actor: { id: user.id, role: user.role, ip: credentials.ip },
      action: 'sign_in',
      entityType: 'user',
      entityId: user.id,
    });
    return { user: { ...user, lastSignInAt: at }, session };
  });
}

/** Technician app sign-in: a revocable bearer token for this device, audited. */
export async function issueFieldToken(
  db: Kysely<Database>,
  credentials: Credentials & { deviceName: string },
): Promise<{ user: UserRow; token: string; tokenId: string }> {
  const user = await checkCredentials(db, credentials);
  if (user.role !== 'technician') throw forbidden('Only technicians can sign in to the technician app.');
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const { token, tokenId } = await createDeviceToken(trx, { userId: user.id, deviceName: credentials.deviceName });
    await markSignedIn(trx, user.id, new Date().toISOString());
    uow.audit({
      actor: { id: user.id, role: user.role, ip: credentials.ip },
      action: 'token_issued',
      entityType: 'device_token',
      entityId: tokenId,
      changes: { deviceName: { before: null, after: credentials.deviceName } },
    });
    return { user, token, tokenId };
  });
}

/** Console sign-out: the session ends, audited. */
export async function signOut(db: Kysely<Database>, sessionId: string, actor: Actor): Promise<void> {
  await inUnitOfWork(db, async (uow) => {
    await deleteSession(uow.trx, sessionId);
    uow.audit({ actor, action: 'sign_out', entityType: 'user', entityId: actor.id });
  });
}

/** Technician app sign-out: the token of this device is revoked, audited. */
export async function revokeOwnToken(db: Kysely<Database>, tokenId: string, actor: Actor): Promise<void> {
  await inUnitOfWork(db, async (uow) => {
    await revokeDeviceToken(uow.trx, tokenId);
    uow.audit({ actor, action: 'token_revoked', entityType: 'device_token', entityId: tokenId });
  });
}
