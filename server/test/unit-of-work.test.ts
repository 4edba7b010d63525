import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import type { AuditEntry } from '../src/plugins/audit';
import { inUnitOfWork } from '../src/plugins/unit-of-work';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
before(async () => {
  t = await createTestApp({ live: { pollMs: 20, heartbeatMs: 10_000 } });
});
after(() => t.close());

const entry = (entityId: string): AuditEntry => ({ actor: null, action: 'update', entityType: 'customer', entityId, changes: { name: { before: 'A', after: 'B' } } });
const auditRows = (entityId: string) => t.db.selectFrom('auditLog').selectAll().where('entityId', '=', entityId).execute();
const outboxRows = (marker: string) =>
  t.db.selectFrom('outboxEvents').selectAll().execute().then((rows) => rows.filter((r) => (JSON.parse(r.payload) as { marker?: string }).marker === marker));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A live stream of the app's hub, collecting the raw text it is sent. */
async function hubListener() {
  const sink = { text: '', write: (text: string) => void (sink.text += text), end: () => undefined };
  const stream = t.app.liveEvents.attach(sink, 'admin', async () => true);
  await t.app.liveEvents.prime(stream, null);
  return { sink, close: () => t.app.liveEvents.detach(stream) };
}

test('on commit: the audit rows and the live events of the work are written, with what the work returned', async () => {
  const result = await inUnitOfWork(t.db, async (uow) => {
    uow.publish('customer.updated', { marker: 'commit' }, ['supervisor']);
    uow.audit(entry('uow-commit'));
    return 42;
  });
  assert.equal(result, 42);
  const [row] = await auditRows('uow-commit');
  assert.equal(row?.action, 'update');
  assert.deepEqual(JSON.parse(row!.changes), { name: { before: 'A', after: 'B' } });
  const [event] = await outboxRows('commit');
  assert.equal(event?.type, 'customer.updated');
  assert.deepEqual(JSON.parse(event!.audience), ['supervisor']);
});

test('on a throw: the transaction rolls back, no audit row and no event', async () => {
  await assert.rejects(
    inUnitOfWork(t.db, async (uow) => {
      uow.audit(entry('uow-throw'));
      uow.publish('customer.updated', { marker: 'throw' });
      throw new Error('refused');
    }),
    /refused/,
  );
  assert.deepEqual(await auditRows('uow-throw'), []);
  assert.deepEqual(await outboxRows('throw'), []);
});

test('the audit rows are written before the events, whatever order the work queued them in', async () => {
  const inserts: string[] = [];
  const spy: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (node.kind === 'InsertQueryNode') inserts.push(node.into?.table.identifier.name ?? '?');
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  await inUnitOfWork(t.db.withPlugin(spy), async (uow) => {
    uow.publish('customer.updated', { marker: 'order' });
    uow.audit(entry('uow-order-1'));
    uow.publish('customer.updated', { marker: 'order' });
    uow.audit(entry('uow-order-2'));
  });
  assert.deepEqual(inserts, ['audit_log', 'audit_log', 'outbox_events', 'outbox_events']);
});

test('nothing is published while the work runs: a hub listener hears the event after the commit only', async () => {
  const listener = await hubListener();
  try {
    await inUnitOfWork(t.db, async (uow) => {
      uow.publish('customer.updated', { marker: 'hub' });
      await pause(150);
      assert.equal(listener.sink.text.includes('"hub"'), false, 'heard before the commit');
    });
    const end = Date.now() + 3000;
    while (!listener.sink.text.includes('"hub"') && Date.now() < end) await pause(20);
    assert.match(listener.sink.text, /event: customer\.updated/);
  } finally {
    listener.close();
  }
});

test('audit and publish after the work has ended are refused', async () => {
  let kept: Parameters<Parameters<typeof inUnitOfWork>[1]>[0] | undefined;
  await inUnitOfWork(t.db, async (uow) => {
    kept = uow;
  });
  assert.throws(() => kept!.audit(entry('uow-late')), /has ended/);
  assert.throws(() => kept!.publish('customer.updated', { marker: 'late' }), /has ended/);
});
