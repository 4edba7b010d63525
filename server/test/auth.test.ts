import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, createUser, PASSWORD, signIn, type TestApp } from './helpers/test-app';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

describe('console sign-in', () => {
  test('good credentials: the user, a CSRF token and an HttpOnly SameSite=Strict session cookie', async () => {
    const user = await createUser(t.db, { role: 'dispatcher', email: 'dispatch.one@test.fielddesk.test' });
    const res = await login('  Dispatch.One@Test.FieldDesk.test ', PASSWORD);
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.user.id, user.id);
    assert.equal(body.user.role, 'dispatcher');
    assert.ok(body.csrfToken.length >= 40);
    assert.equal(body.user.passwordHash, undefined, 'no password hash leaves the server');
    const cookie = res.cookies.find((c) => c.name === 'fd_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.secure, undefined, 'not Secure over plain http');
    assert.ok(cookie.value.length >= 40);

    const stored = await t.db.selectFrom('sessions').select('id').where('userId', '=', user.id).execute();
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]!.id, cookie.value, 'the database keeps a hash, not the cookie value');

    const row = await t.db.selectFrom('users').select('lastSignInAt').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.ok(row.lastSignInAt);
    const audit = await t.db.selectFrom('auditLog').selectAll().where('actorId', '=', user.id).execute();
    assert.deepEqual(audit.map((a) => a.action), ['sign_in']);
  });

  test('the cookie is Secure when the request came over HTTPS (behind a trusted proxy)', async () => {
    const proxied = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    try {
      const user = await createUser(proxied.db, { role: 'admin' });
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: user.email, password: PASSWORD },
      });
      assert.equal(res.statusCode, 200);
      assert.equal(res.cookies.find((c) => c.name === 'fd_session')?.secure, true);
      assert.match(String(res.headers['strict-transport-security']), /max-age=/);
    } finally {
      await proxied.close();
    }
  });

  test('wrong password and unknown email get the same 401 invalid_credentials', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const wrong = await login(user.email, 'not the password');
    const unknown = await login('nobody@test.fielddesk.test', PASSWORD);
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.json().error.code, 'invalid_credentials');
    assert.deepEqual(wrong.json(), unknown.json());
    assert.equal(wrong.cookies.length, 0);
  });

  test('a deactivated account cannot sign in (same answer as a wrong password)', async () => {
    const user = await createUser(t.db, { role: 'supervisor', active: false });
    const res = await login(user.email, PASSWORD);
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'invalid_credentials');
  });

  test('technicians cannot open a console session', async () => {
    const tech = await createUser(t.db, { role: 'technician' });
    const res = await login(tech.email, PASSWORD);
    assert.equal(res.statusCode, 403);
    assert.equal(res.cookies.length, 0);
  });

  test('5 failures on one account → 429 too_many_attempts with Retry-After, even with the right password', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    for (let i = 0; i < 5; i += 1) {
      assert.equal((await login(user.email, `wrong ${i}`, '10.0.0.1')).statusCode, 401);
    }
    const blocked = await login(user.email, PASSWORD, '10.0.0.2');
    assert.equal(blocked.statusCode, 429);
    assert.equal(blocked.json().error.code, 'too_many_attempts');
    const retryAfter = Number(blocked.headers['retry-after']);
    assert.ok(retryAfter > 800 && retryAfter <= 900, `Retry-After ${retryAfter} s is about 15 minutes`);

    // Stored in the database, so every API instance sees it: once the failures are old, it works again.
    await t.db.updateTable('loginAttempts').set({ attemptedAt: new Date(Date.now() - 16 * 60_000).toISOString() }).where('email', '=', user.email).execute();
    assert.equal((await login(user.email, PASSWORD, '10.0.0.2')).statusCode, 200);
  });

  test('20 failures from one address → 429 for any account from that address', async () => {
    const victim = await createUser(t.db, { role: 'dispatcher' });
    for (let i = 0; i < 20; i += 1) {
      assert.equal((await login(`spray${i}@test.fielddesk.test`, 'guess', '10.9.9.9')).statusCode, 401);
    }
    const blocked = await login(victim.email, PASSWORD, '10.9.9.9');
    assert.equal(blocked.statusCode, 429);
    assert.ok(Number(blocked.headers['retry-after']) > 0);
    assert.equal((await login(victim.email, PASSWORD, '10.9.9.10')).statusCode, 200, 'other addresses are not affected');
  });

  test('every sign-in creates a new session id and ends the one the browser held', async () => {
    const user = await createUser(t.db, { role: 'dispatcher' });
    const first = await signIn(t.app, user);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: `fd_session=${first.cookieValue}` },
      payload: { email: user.email, password: PASSWORD },
    });
    const second = res.cookies.find((c) => c.name === 'fd_session')!.value;
    assert.notEqual(second, first.cookieValue);
    assert.notEqual(res.json().csrfToken, first.csrfToken);
    const old = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: first.headers });
    assert.equal(old.statusCode, 401, 'the previous session is over');
    const fresh = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `fd_session=${second}` } });
    assert.equal(fresh.statusCode, 200);
  });
});

describe('console session', () => {
  test('GET /api/auth/me answers the user and the CSRF token; without a cookie → 401 unauthenticated', async () => {
    const user = await createUser(t.db, { role: 'supervisor', displayName: 'Sam Supervisor' });
    const session = await signIn(t.app, user);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().user.displayName, 'Sam Supervisor');
    assert.equal(me.json().csrfToken, session.csrfToken);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json().error.code, 'unauthenticated');
    const forged = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: 'fd_session=forged' } });
    assert.equal(forged.statusCode, 401);
  });

  test('a state-changing request without the right X-CSRF-Token → 403 csrf_failed', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const session = await signIn(t.app, user);
    const cookie = { cookie: `fd_session=${session.cookieValue}` };
    const missing = await t.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: cookie, payload: { locale: 'fr' } });
    assert.equal(missing.statusCode, 403);
    assert.equal(missing.json().error.code, 'csrf_failed');
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { ...cookie, 'x-csrf-token': 'x'.repeat(session.csrfToken.length) },
      payload: { locale: 'fr' },
    });
    assert.equal(wrong.json().error.code, 'csrf_failed');
    const row = await t.db.selectFrom('users').select('locale').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(row.locale, 'en', 'nothing changed');
    const right = await t.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: session.headers, payload: { locale: 'fr', theme: 'dark' } });
    assert.equal(right.statusCode, 200);
    assert.deepEqual([right.json().locale, right.json().theme], ['fr', 'dark']);
  });

  test('an idle session expires (last_seen_at older than SESSION_IDLE_MINUTES)', async () => {
    const user = await createUser(t.db, { role: 'dispatcher' });
    const session = await signIn(t.app, user);
    const idleFor = (t.config.sessionIdleMinutes + 1) * 60_000;
    await t.db.updateTable('sessions').set({ lastSeenAt: new Date(Date.now() - idleFor).toISOString() }).where('userId', '=', user.id).execute();
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'unauthenticated');
    assert.match(res.json().error.message, /expired/);
    const left = await t.db.selectFrom('sessions').select('id').where('userId', '=', user.id).execute();
    assert.equal(left.length, 0, 'the expired session is deleted');
  });

  test('an active session still ends at its absolute expiry', async () => {
    const user = await createUser(t.db, { role: 'dispatcher' });
    const session = await signIn(t.app, user);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers })).statusCode, 200);
    await t.db.updateTable('sessions').set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where('userId', '=', user.id).execute();
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers })).statusCode, 401);
  });

  test('logout ends the session and clears the cookie', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const session = await signIn(t.app, user);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers });
    assert.equal(res.statusCode, 204);
    const cleared = res.cookies.find((c) => c.name === 'fd_session');
    assert.equal(cleared?.value, '');
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers })).statusCode, 401);
  });

  test("a deactivated user's session is refused at once", async () => {
    const user = await createUser(t.db, { role: 'dispatcher' });
    const session = await signIn(t.app, user);
    await t.db.updateTable('users').set({ isActive: 0 }).where('id', '=', user.id).execute();
    const res = await t.app.inject({ method: 'GET', url: '/api/customers', headers: session.headers });
    assert.equal(res.statusCode, 401);
  });
});
