import type { FastifyInstance, InjectOptions } from 'fastify';
import type { LogConfig } from 'kysely';
import type { Role } from '@contract';
import { buildApp, type BuildAppOptions } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import type { DbHandle } from '../src/db/create-db';
import { hashPassword } from '../src/platform/password';
import { insertUserRow } from '../src/platform/users.repository';
import { createTestDb, type TestDb } from './test-db';

export const PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: FastifyInstance;
  handle: DbHandle;
  db: DbHandle['db'];
  config: Config;
  testDb: TestDb;
  close(): Promise<void>;
}

/** The real app on a fresh database (see createTestDb), ready for `app.inject`. */
export async function createTestApp(
  options: { env?: Record<string, string>; live?: BuildAppOptions['live']; logStream?: NodeJS.WritableStream; ready?: boolean; queryLog?: LogConfig } = {},
): Promise<TestApp> {
  const testDb = await createTestDb({ log: options.queryLog });
  const config = loadConfig({
    DATA_DIR: testDb.dataDir,
    LOG_LEVEL: 'silent',
    STATIC_DIR: `${testDb.dataDir}/no-console-build`,
    ...options.env,
  });
  const app = buildApp({ config, dbHandle: testDb.handle, live: options.live ?? { pollMs: 50 }, logStream: options.logStream });
  if (options.ready !== false) await app.ready();
  return {
    app,
    handle: testDb.handle,
    db: testDb.handle.db,
    config,
    testDb,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

/** A test file's app and the fixture its tests share: `before(async () => ({ t, fx } = await testAppWith(fieldFixture)))`. */
export async function testAppWith<F>(fixture: (t: TestApp) => Promise<F>): Promise<{ t: TestApp; fx: F }> {
  const t = await createTestApp();
  return { t, fx: await fixture(t) };
}

const hashes = new Map<string, Promise<string>>();

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

/** A user written straight into the database (tests do not depend on the demo seed). */
export async function createUser(
  db: DbHandle['db'],
  input: { role: Role; email?: string; password?: string; active?: boolean; displayName?: string },
): Promise<TestUser> {
  const password = input.password ?? PASSWORD;
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const email = input.email ?? `${input.role}-${crypto.randomUUID().slice(0, 8)}@test.fielddesk.test`;
  const id = await insertUserRow(db, {
    email,
    passwordHash: await hashes.get(password)!,
    displayName: input.displayName ?? `Test ${input.role}`,
    role: input.role,
    isActive: input.active === false ? 0 : 1,
    locale: 'en',
    phone: null,
  });
  return { id, email, password, role: input.role };
}

export interface Credentials {
  /** Headers that authenticate a request (cookie + CSRF token, or bearer token). */
  headers: Record<string, string>;
  user: TestUser;
}

export async function signIn(app: FastifyInstance, user: TestUser): Promise<Credentials & { cookieValue: string; csrfToken: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${user.email} failed: ${res.statusCode} ${res.body}`);
  const cookieValue = res.cookies.find((c) => c.name === 'fd_session')!.value;
  const { csrfToken } = res.json() as { csrfToken: string };
  return { cookieValue, csrfToken, user, headers: { cookie: `fd_session=${cookieValue}`, 'x-csrf-token': csrfToken } };
}

export async function fieldToken(app: FastifyInstance, user: TestUser): Promise<Credentials & { token: string; tokenId: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/field/auth/token',
    payload: { email: user.email, password: user.password, deviceName: 'Test phone' },
  });
  if (res.statusCode !== 201) throw new Error(`token for ${user.email} failed: ${res.statusCode} ${res.body}`);
  const { token, tokenId } = res.json() as { token: string; tokenId: string };
  return { token, tokenId, user, headers: { authorization: `Bearer ${token}` } };
}

/** One signed-in caller per role: console roles by session, the technician by bearer token. */
export async function signInEveryRole(app: FastifyInstance, db: DbHandle['db']): Promise<Record<Role, Credentials>> {
  const [admin, dispatcher, supervisor, technician] = await Promise.all(
    (['admin', 'dispatcher', 'supervisor', 'technician'] as const).map((role) => createUser(db, { role })),
  );
  return {
    admin: await signIn(app, admin!),
    dispatcher: await signIn(app, dispatcher!),
    supervisor: await signIn(app, supervisor!),
    technician: await fieldToken(app, technician!),
  };
}

/**
 * A fixture of console users signed in by session, keyed by role:
 * `({ t, fx: { admin } } = await testAppWith(signedInAs({ role: 'admin', displayName: 'Ada Admin' })))`.
 */
export function signedInAs<R extends Role>(...users: (R | { role: R; displayName: string })[]): (t: TestApp) => Promise<Record<R, Credentials>> {
  return async (t) => {
    const signedIn = {} as Record<R, Credentials>;
    for (const user of users) {
      const input = typeof user === 'string' ? { role: user } : user;
      signedIn[input.role] = await signIn(t.app, await createUser(t.db, input));
    }
    return signedIn;
  };
}

export function as(credentials: Credentials, request: InjectOptions): InjectOptions {
  return { ...request, headers: { ...credentials.headers, ...(request.headers as Record<string, string> | undefined) } };
}
