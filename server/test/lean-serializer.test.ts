import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { JobPage } from '@contract';
import { leanSerializerCompiler, projectionOf } from '../src/plugins/lean-serializer';
import { aJobsWorld } from './jobs-list.fixtures';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

/**
 * The jobs grid's blocks are serialized by projection (issue 15: zod's encode was most of a block's
 * serialization time): the same bytes as zod's serializer, unknown fields still dropped.
 */
let t: TestApp;
let dispatcher: Credentials;

before(async () => {
  t = await createTestApp();
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  const world = await aJobsWorld(t.db);
  const alice = (await createUser(t.db, { role: 'technician', displayName: 'Alice Martin' })).id;
  const bruno = (await createUser(t.db, { role: 'technician', displayName: 'Bruno Petit' })).id;
  await world.add({ status: 'started', customer: 'Dupont Plomberie', managerId: bruno, auxiliaryIds: [alice], openReserves: 2, plannedStart: new Date(Date.now() + 3_600_000).toISOString() });
  await world.add({ status: 'created', declinedAt: new Date(Date.now() - 86_400_000).toISOString(), description: 'Contrôle annuel' });
  await world.add({ status: 'validated', customer: 'Café Lumière' });
});
after(() => t.close());

const route = { schema: JobPage, method: 'GET', url: '/api/jobs', httpStatus: '200' };

test("a block of the jobs grid is answered byte for byte as zod's serializer would", async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/jobs?limit=50', headers: dispatcher.headers });
  assert.equal(res.statusCode, 200);
  const page = res.json();
  assert.equal(page.items.length, 3);
  assert.ok(page.items.some((item: { auxiliaryNames: string[] }) => item.auxiliaryNames.length === 1), 'nested arrays too');
  assert.equal(res.body, serializerCompiler(route)(page));
});

test('fields the contract does not name are dropped, at every depth', () => {
  const page = { items: [{ id: 'j1', secret: 'x', auxiliaryNames: ['A'] }], total: 1, nextCursor: null, passwordHash: 'h' };
  const lean = JSON.parse(leanSerializerCompiler(route)(page));
  assert.deepEqual(Object.keys(lean).sort(), ['items', 'nextCursor', 'total']);
  assert.deepEqual(lean.items[0], { id: 'j1', auxiliaryNames: ['A'] });
});

test('a schema it cannot project without validating is refused (its route keeps zod)', async () => {
  const { z } = await import('zod');
  assert.throws(() => projectionOf(z.union([z.object({ a: z.string() }), z.object({ b: z.number() })])));
});
