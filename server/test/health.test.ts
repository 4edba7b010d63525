import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestApp } from './helpers/test-app';

test('GET /api/health checks the database and needs no sign-in', async () => {
  const t = await createTestApp();
  try {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'sqlite' });
  } finally {
    await t.close();
  }
});

test('an unreachable database → 503 database_unavailable in the error shape', async () => {
  const t = await createTestApp();
  try {
    await t.handle.close();
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().error.code, 'database_unavailable');
  } finally {
    await t.close();
  }
});
