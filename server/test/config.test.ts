import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../src/config';

test('defaults', () => {
  assert.deepEqual(loadConfig({}), {
    port: 3000,
    host: '127.0.0.1',
    dataDir: './data',
    databaseUrl: undefined,
    logLevel: 'info',
    sessionIdleMinutes: 120,
    sessionAbsoluteHours: 12,
    staticDir: 'dist/fielddesk/browser',
    trustProxy: false,
    publicUrl: 'http://127.0.0.1:3000',
  });
});

test('PUBLIC_URL starts the links sent outside; without it they point at this machine', () => {
  assert.equal(loadConfig({ PUBLIC_URL: 'https://desk.example.com/' }).publicUrl, 'https://desk.example.com');
  assert.equal(loadConfig({ PUBLIC_URL: 'https://example.com/fielddesk' }).publicUrl, 'https://example.com/fielddesk');
  assert.equal(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl, 'http://localhost:8080');
});

test('values are read and converted; an empty variable counts as unset', () => {
  const config = loadConfig({
    PORT: '8080',
    DATABASE_URL: 'postgresql://u:p@db:5432/fd',
    TRUST_PROXY: 'true',
    SESSION_IDLE_MINUTES: '30',
    STATIC_DIR: '',
  });
  assert.equal(config.port, 8080);
  assert.equal(config.databaseUrl, 'postgresql://u:p@db:5432/fd');
  assert.equal(config.trustProxy, true);
  assert.equal(config.sessionIdleMinutes, 30);
  assert.equal(config.staticDir, 'dist/fielddesk/browser');
  assert.equal(loadConfig({ DATABASE_URL: '' }).databaseUrl, undefined);
});

test('a bad value → one line naming the variable and what is expected (and never echoing the database URL)', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ PORT: 'abc' }, /^Invalid configuration: PORT: expected a port number between 0 and 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /PORT: expected a port number/],
    [{ DATABASE_URL: 'mysql://root:secret@db/fd' }, /^Invalid configuration: DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL$/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent/],
    [{ SESSION_ABSOLUTE_HOURS: '0' }, /SESSION_ABSOLUTE_HOURS: expected a whole number of hours above 0/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY: expected true or false/],
    [{ PUBLIC_URL: 'desk.example.com' }, /PUBLIC_URL: expected an http:\/\/ or https:\/\/ address/],
  ];
  for (const [env, expected] of cases) {
    assert.throws(
      () => loadConfig(env),
      (error: unknown) => error instanceof ConfigError && expected.test(error.message) && !error.message.includes('\n') && !error.message.includes('secret'),
      JSON.stringify(env),
    );
  }
});
