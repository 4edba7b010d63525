import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, createUser, fieldToken, PASSWORD, signIn, type TestApp } from './helpers/test-app';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const tokenRequest = (email: string, password = PASSWORD) =>
  t.app.inject({ method: 'POST', url: '/api/field/auth/token', payload: { email, password, deviceName: 'Pixel 8' } });

test('a technician gets a bearer token, uses it, then revokes it', async () => {
  const tech = await createUser(t.db, { role: 'technician', displayName: 'Tina Tech' });
  const issued = await tokenRequest(tech.email);
  assert.equal(issued.statusCode, 201);
  const { token, tokenId, user } = issued.json();
  assert.match(token, /^fdt_/);
  assert.equal(user.id, tech.id);
  assert.equal(issued.cookies.length, 0, 'the app gets no cookie');

  const stored = await t.db.selectFrom('deviceTokens').selectAll().where('id', '=', tokenId).executeTakeFirstOrThrow();
  assert.notEqual(stored.tokenHash, token, 'stored hashed');
  assert.equal(stored.deviceName, 'Pixel 8');

  const bearer = { authorization: `Bearer ${token}` };
  const me = await t.app.inject({ method: 'GET', url: '/api/field/me', headers: bearer });
  assert.equal(me.statusCode, 200);
  assert.equal(me.json().displayName, 'Tina Tech');

  // No CSRF token needed for bearer requests.
  const revoked = await t.app.inject({ method: 'DELETE', url: '/api/field/auth/token', headers: bearer });
  assert.equal(revoked.statusCode, 204);
  const after = await t.app.inject({ method: 'GET', url: '/api/field/me', headers: bearer });
  assert.equal(after.statusCode, 401);
  assert.equal(after.json().error.code, 'unauthenticated');
});

test('tokens are for technicians only; wrong password → 401', async () => {
  const dispatcher = await createUser(t.db, { role: 'dispatcher' });
  const refused = await tokenRequest(dispatcher.email);
  assert.equal(refused.statusCode, 403);
  assert.equal(refused.json().error.code, 'forbidden');
  const tech = await createUser(t.db, { role: 'technician' });
  const wrong = await tokenRequest(tech.email, 'nope');
  assert.equal(wrong.statusCode, 401);
  assert.equal(wrong.json().error.code, 'invalid_credentials');
});

test("a deactivated technician's token is refused at once", async () => {
  const tech = await createUser(t.db, { role: 'technician' });
  const { headers } = await fieldToken(t.app, tech);
  assert.equal((await t.app.inject({ method: 'GET', url: '/api/field/me', headers })).statusCode, 200);
  await t.db.updateTable('users').set({ isActive: 0 }).where('id', '=', tech.id).execute();
  assert.equal((await t.app.inject({ method: 'GET', url: '/api/field/me', headers })).statusCode, 401);
});

test('technicians are refused on console routes; console roles on field routes', async () => {
  const tech = await fieldToken(t.app, await createUser(t.db, { role: 'technician' }));
  for (const url of ['/api/customers', '/api/auth/me', '/api/settings']) {
    const res = await t.app.inject({ method: 'GET', url, headers: tech.headers });
    assert.equal(res.statusCode, 403, url);
    assert.equal(res.json().error.code, 'forbidden');
  }
  for (const role of ['admin', 'dispatcher', 'supervisor'] as const) {
    const session = await signIn(t.app, await createUser(t.db, { role }));
    const res = await t.app.inject({ method: 'GET', url: '/api/field/me', headers: session.headers });
    assert.equal(res.statusCode, 403, role);
  }
  const malformed = await t.app.inject({ method: 'GET', url: '/api/field/me', headers: { authorization: 'Basic abc' } });
  assert.equal(malformed.statusCode, 401);
  const unknown = await t.app.inject({ method: 'GET', url: '/api/field/me', headers: { authorization: 'Bearer fdt_forged' } });
  assert.equal(unknown.statusCode, 401);
});
