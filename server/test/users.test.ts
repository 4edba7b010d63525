import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { User, UserWithTemporaryPassword } from '@contract';
import { commonPasswordCount } from '../src/modules/users/password-policy';
import { as, createTestApp, createUser, fieldToken, signedInAs, signIn, testAppWith, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let admin: Credentials;
before(async () => ({ t, fx: { admin } } = await testAppWith(signedInAs({ role: 'admin', displayName: 'Ada Admin' }))));
after(() => t.close());

const call = (method: string, url: string, payload?: object, headers: Record<string, string> = {}, who: Credentials = admin) =>
  t.app.inject(as(who, { method: method as 'GET', url, payload, headers }));

async function create(body: Record<string, unknown>): Promise<UserWithTemporaryPassword> {
  const res = await call('POST', '/api/users', body);
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

const uniqueEmail = (name: string) => `${name}-${crypto.randomUUID().slice(0, 6)}@test.fielddesk.test`;

describe('users: create, read, update', () => {
  test('an administrator creates a user and gets a temporary password once, which signs in', async () => {
    const email = uniqueEmail('Zoe.Tech').toUpperCase();
    const created = await create({ email, displayName: 'Zoé Technicienne', role: 'technician', phone: '+33 6 00 00 00 01', locale: 'fr' });
    assert.equal(created.user.email, email.toLowerCase());
    assert.equal(created.user.role, 'technician');
    assert.equal(created.user.active, true);
    assert.equal(created.user.lastSignInAt, null);
    assert.match(created.temporaryPassword, /^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const got = await call('GET', `/api/users/${created.user.id}`);
    assert.equal(got.statusCode, 200);
    assert.equal(got.headers.etag, '"1"');
    assert.equal('temporaryPassword' in got.json(), false, 'the password is not shown again');
    const token = await t.app.inject({
      method: 'POST',
      url: '/api/field/auth/token',
      payload: { email: email.toLowerCase(), password: created.temporaryPassword, deviceName: 'Phone' },
    });
    assert.equal(token.statusCode, 201, 'the temporary password works');
    const row = await t.db.selectFrom('users').select('passwordHash').where('id', '=', created.user.id).executeTakeFirstOrThrow();
    assert.ok(!row.passwordHash.includes(created.temporaryPassword), 'only a hash is stored');
    assert.notEqual((await call('GET', `/api/users/${created.user.id}`)).json().lastSignInAt, null, 'last sign-in is shown');
  });

  test('bad input is a 400 naming the field; a taken email is a 409; unknown id a 404', async () => {
    const bad = await call('POST', '/api/users', { email: 'not-an-email', displayName: '', role: 'boss', extra: 1 });
    assert.equal(bad.statusCode, 400);
    const paths = bad.json().error.details.issues.map((i: { path: string }) => i.path);
    for (const p of ['email', 'displayName', 'role']) assert.ok(paths.includes(p), `${p} in ${paths}`);
    const email = uniqueEmail('twice');
    await create({ email, displayName: 'Once', role: 'dispatcher' });
    const again = await call('POST', '/api/users', { email, displayName: 'Twice', role: 'dispatcher' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'email_taken');
    assert.equal((await call('GET', '/api/users/nobody')).statusCode, 404);
  });

  test('PATCH takes If-Match, changes name, role, phone, language, and refuses stale versions', async () => {
    const { user } = await create({ email: uniqueEmail('patch'), displayName: 'Paul', role: 'dispatcher' });
    assert.equal((await call('PATCH', `/api/users/${user.id}`, { displayName: 'Paula' })).statusCode, 428);
    const ok = await call('PATCH', `/api/users/${user.id}`, { displayName: 'Paula', role: 'supervisor', phone: '', locale: 'fr' }, { 'if-match': '"1"' });
    assert.equal(ok.statusCode, 200, ok.body);
    const changed = ok.json() as User;
    assert.deepEqual([changed.displayName, changed.role, changed.phone, changed.locale, changed.version], ['Paula', 'supervisor', null, 'fr', 2]);
    const stale = await call('PATCH', `/api/users/${user.id}`, { displayName: 'Late' }, { 'if-match': '1' });
    assert.equal(stale.statusCode, 412);
    const unknown = await call('PATCH', `/api/users/${user.id}`, { email: 'x@y.z' }, { 'if-match': '2' });
    assert.equal(unknown.statusCode, 400, 'the email is not editable (unknown field)');
  });

  test('an administrator cannot deactivate or demote their own account', async () => {
    const me = admin.user.id;
    const own = await call('POST', `/api/users/${me}/deactivate`);
    assert.equal(own.statusCode, 409);
    assert.equal(own.json().error.code, 'own_account');
    const demote = await call('PATCH', `/api/users/${me}`, { role: 'dispatcher' }, { 'if-match': '1' });
    assert.equal(demote.statusCode, 409);
  });

  test('only administrators manage users; managers list technicians for pickers', async () => {
    const dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
    assert.equal((await call('GET', '/api/users', undefined, {}, dispatcher)).statusCode, 403);
    assert.equal((await call('POST', '/api/users', { email: uniqueEmail('x'), displayName: 'X', role: 'admin' }, {}, dispatcher)).statusCode, 403);
    const tech = await createUser(t.db, { role: 'technician', displayName: 'Aaron Picker' });
    await createUser(t.db, { role: 'technician', displayName: 'Gone Tech', active: false });
    const now = new Date().toISOString();
    await t.db.insertInto('depots').values({ id: crypto.randomUUID(), name: 'Van Aaron', kind: 'van', ownerId: tech.id, createdAt: now, version: 1 }).execute();
    const list = await call('GET', '/api/users/technicians', undefined, {}, dispatcher);
    assert.equal(list.statusCode, 200);
    const items = list.json().items as { id: string; displayName: string; hasVanDepot: boolean }[];
    assert.deepEqual(items.find((i) => i.id === tech.id), { id: tech.id, displayName: 'Aaron Picker', hasVanDepot: true });
    assert.ok(!items.some((i) => i.displayName === 'Gone Tech'), 'deactivated technicians are not offered');
    const detail = (await call('GET', `/api/users/${tech.id}`)).json() as User;
    assert.equal(detail.vanDepot?.name, 'Van Aaron');
  });
});

describe('users: list, filters and keyset pages', () => {
  test('sorted by name, filtered by q (name or email prefix), role and active; pages never repeat', async () => {
    for (const name of ['Quentin Alpha', 'quincy beta', 'Quiana Gamma', 'Quorra Delta']) {
      await createUser(t.db, { role: 'supervisor', displayName: name, email: uniqueEmail(name.split(' ')[0]!.toLowerCase()) });
    }
    await createUser(t.db, { role: 'dispatcher', displayName: 'Quiet Dispatcher', active: false });
    const all = await call('GET', '/api/users?q=qu&limit=2');
    assert.equal(all.statusCode, 200);
    const first = all.json();
    assert.equal(first.total, 5);
    const seen: string[] = first.items.map((u: User) => u.displayName);
    let cursor = first.nextCursor as string | null;
    while (cursor) {
      const next = (await call('GET', `/api/users?q=qu&limit=2&cursor=${encodeURIComponent(cursor)}`)).json();
      seen.push(...next.items.map((u: User) => u.displayName));
      cursor = next.nextCursor;
    }
    assert.deepEqual(seen, ['Quentin Alpha', 'Quiana Gamma', 'Quiet Dispatcher', 'Quorra Delta', 'quincy beta'], 'code-point order, each once');
    const supervisors = (await call('GET', '/api/users?q=Qu&role=supervisor')).json();
    assert.equal(supervisors.total, 4);
    const inactive = (await call('GET', '/api/users?q=qu&active=false')).json();
    assert.deepEqual(inactive.items.map((u: User) => u.displayName), ['Quiet Dispatcher']);
    const byEmail = (await call('GET', '/api/users?q=QUORRA')).json();
    assert.deepEqual(byEmail.items.map((u: User) => u.displayName), ['Quorra Delta']);
    assert.equal((await call('GET', '/api/users?cursor=garbage')).statusCode, 400);
    assert.equal((await call('GET', '/api/users?role=chief')).statusCode, 400);
  });
});

describe('deactivation ends access at once', () => {
  test('an open console session and a device token get 401 on their next request; reactivation lets them sign in again', async () => {
    const dispatcherUser = await createUser(t.db, { role: 'dispatcher' });
    const session = await signIn(t.app, dispatcherUser);
    const techUser = await createUser(t.db, { role: 'technician' });
    const device = await fieldToken(t.app, techUser);
    assert.equal((await call('GET', '/api/customers', undefined, {}, session)).statusCode, 200);
    assert.equal((await t.app.inject(as(device, { method: 'GET', url: '/api/field/me' }))).statusCode, 200);

    for (const user of [dispatcherUser, techUser]) {
      const res = await call('POST', `/api/users/${user.id}/deactivate`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().active, false);
    }
    assert.equal((await call('GET', '/api/customers', undefined, {}, session)).statusCode, 401);
    assert.equal((await t.app.inject(as(device, { method: 'GET', url: '/api/field/me' }))).statusCode, 401);
    const tokens = (await call('GET', `/api/users/${techUser.id}/device-tokens`)).json().items;
    assert.ok(tokens[0].revokedAt, 'the token shows as revoked');
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: dispatcherUser.email, password: dispatcherUser.password } });
    assert.equal(refused.statusCode, 401);

    assert.equal((await call('POST', `/api/users/${dispatcherUser.id}/reactivate`)).json().active, true);
    await signIn(t.app, dispatcherUser);
  });

  test('a device token can be listed and revoked on its own', async () => {
    const tech = await createUser(t.db, { role: 'technician' });
    const phone = await fieldToken(t.app, tech);
    const tablet = await fieldToken(t.app, tech);
    const list = (await call('GET', `/api/users/${tech.id}/device-tokens`)).json().items as { id: string; revokedAt: string | null }[];
    assert.equal(list.length, 2);
    const revoked = await call('DELETE', `/api/users/${tech.id}/device-tokens/${phone.tokenId}`);
    assert.equal(revoked.statusCode, 204);
    assert.equal((await t.app.inject(as(phone, { method: 'GET', url: '/api/field/me' }))).statusCode, 401);
    assert.equal((await t.app.inject(as(tablet, { method: 'GET', url: '/api/field/me' }))).statusCode, 200, 'the other device keeps working');
    assert.equal((await call('DELETE', `/api/users/${tech.id}/device-tokens/${crypto.randomUUID()}`)).statusCode, 404);
  });

  test('a reset password ends console sessions, and the new temporary password replaces the old one', async () => {
    const user = await createUser(t.db, { role: 'supervisor' });
    const session = await signIn(t.app, user);
    const reset = await call('POST', `/api/users/${user.id}/reset-password`);
    assert.equal(reset.statusCode, 200);
    assert.equal(reset.headers['cache-control'], 'no-store');
    assert.equal((await call('GET', '/api/auth/me', undefined, {}, session)).statusCode, 401);
    const old = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    assert.equal(old.statusCode, 401);
    await signIn(t.app, { ...user, password: reset.json().temporaryPassword });
  });
});

describe('own password', () => {
  test('too short or common is a 400 with a clear message; a good one keeps this session and ends the others', async () => {
    assert.ok(commonPasswordCount() >= 9000, 'the shipped list of common passwords is loaded');
    const user = await createUser(t.db, { role: 'dispatcher' });
    const here = await signIn(t.app, user);
    const elsewhere = await signIn(t.app, user);
    const change = (newPassword: string, currentPassword = user.password) =>
      call('POST', '/api/auth/me/password', { currentPassword, newPassword }, {}, here);

    const short = await change('short-pw');
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().error.code, 'password_too_short');
    assert.match(short.json().error.message, /at least 12 characters/);
    const common = await change('QWERTY123456');
    assert.equal(common.statusCode, 400);
    assert.equal(common.json().error.code, 'password_too_common');
    const wrong = await change('a perfectly fine passphrase', 'not my password');
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().error.code, 'current_password_wrong');
    assert.equal((await change(user.password)).json().error.code, 'password_unchanged');

    assert.equal((await change('a perfectly fine passphrase')).statusCode, 204);
    assert.equal((await call('GET', '/api/auth/me', undefined, {}, here)).statusCode, 200, 'this session stays');
    assert.equal((await call('GET', '/api/auth/me', undefined, {}, elsewhere)).statusCode, 401, 'other sessions end');
    await signIn(t.app, { ...user, password: 'a perfectly fine passphrase' });
  });

  test('passwords never reach the logs', async () => {
    const user = await createUser(t.db, { role: 'supervisor' });
    const lines: string[] = [];
    const { Writable } = await import('node:stream');
    const logged = await createTestApp({ env: { LOG_LEVEL: 'info' }, logStream: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }) });
    try {
      const u = await createUser(logged.db, { role: 'supervisor', email: user.email });
      const s = await signIn(logged.app, u);
      await logged.app.inject(as(s, { method: 'POST', url: '/api/auth/me/password', payload: { currentPassword: u.password, newPassword: 'never-in-any-log-line' } }));
      const adminHere = await signIn(logged.app, await createUser(logged.db, { role: 'admin' }));
      const created = await logged.app.inject(as(adminHere, { method: 'POST', url: '/api/users', payload: { email: uniqueEmail('log'), displayName: 'Log', role: 'dispatcher' } }));
      const temporary = created.json().temporaryPassword as string;
      const all = lines.join('');
      assert.ok(all.length > 0, 'something was logged');
      for (const secret of [u.password, 'never-in-any-log-line', temporary]) assert.equal(all.includes(secret), false, 'a password was logged');
    } finally {
      await logged.close();
    }
  });
});
