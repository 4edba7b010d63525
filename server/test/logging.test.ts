import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { createTestApp, createUser, signIn } from './helpers/test-app';

test('logs are structured JSON and carry no password, cookie, token or CSRF token', async () => {
  let output = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  const t = await createTestApp({ env: { LOG_LEVEL: 'trace' }, logStream: sink });
  try {
    const user = await createUser(t.db, { role: 'admin' });
    const session = await signIn(t.app, user);
    await t.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: session.headers, payload: { theme: 'dark' } });
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'a wrong secret' } });
    t.app.log.info({ password: user.password, body: { password: user.password }, req: { headers: { cookie: 'fd_session=abc', authorization: 'Bearer fdt_x' } } }, 'probe');
    const lines = output.trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as { msg?: string; res?: { statusCode?: number } });
    // sign-in, the PATCH and the wrong password: one access line each, with the answer's status
    const completed = entries.filter((e) => e.msg === 'request completed').map((e) => e.res?.statusCode);
    assert.deepEqual(completed, [200, 200, 401], 'every request is logged once, with its status');
    for (const secret of [user.password, 'a wrong secret', session.cookieValue, session.csrfToken, 'fd_session=abc', 'fdt_x']) {
      assert.ok(!output.includes(secret), `the logs do not contain ${secret.slice(0, 12)}…`);
    }
    assert.match(output, /\[redacted\]/);
  } finally {
    await t.close();
  }
});
