import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { LogEvent } from 'kysely';
import { aFieldJob, fieldFixture, fieldRequest, type FieldFixture } from './helpers/field';
import { connect, until } from './helpers/live-stream';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

/**
 * A technician write is one commit (issue 15): the Idempotency-Key's claim, the change with its
 * history line and audit row, the live event and the answer stored for replays are written in one
 * transaction — a crash can never keep the change without its stored answer, nor the reverse — and
 * the live-event stream of this instance is woken by that commit, not by its next poll.
 */
let t: TestApp;
let fx: FieldFixture;
let supervisor: Credentials;
let base: string;
const statements: string[] = [];

before(async () => {
  t = await createTestApp({
    queryLog: (event: LogEvent) => void statements.push(event.query.sql.trim().toLowerCase()),
    // The stream's own poll would come after an hour: only the commit can deliver in time.
    live: { pollMs: 3_600_000, heartbeatMs: 3_600_000 },
  });
  fx = await fieldFixture(t);
  supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor' }));
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(() => t.close());

/** Commits made while `run` runs: each commit of a transaction, and each write outside one (its own commit). */
async function commitsDuring<T>(run: () => Promise<T>): Promise<{ result: T; commits: number }> {
  statements.length = 0;
  const result = await run();
  let open = 0;
  let commits = 0;
  for (const sql of statements) {
    if (sql === 'begin' || sql.startsWith('begin ')) open++;
    else if (sql === 'commit') {
      open--;
      commits++;
    } else if (sql === 'rollback') open--;
    else if (open === 0 && /^(insert|update|delete)\b/.test(sql)) commits++;
  }
  return { result, commits };
}

const startedJob = () => aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });
const storedKey = (key: string) => t.db.selectFrom('idempotencyKeys').selectAll().where('key', '=', key).executeTakeFirst();

test('an answer is one commit: claim, answer, history, audit and stored reply together; a retry replays it without writing', async () => {
  const job = await startedJob();
  // The device token's "last used" is written at most once a minute: out of the way first.
  await t.app.inject(fieldRequest(fx.manager, 'PUT', `/api/field/jobs/${job.id}/answers/pressure`, { value: 1 }));
  const key = crypto.randomUUID();
  const request = fieldRequest(fx.manager, 'PUT', `/api/field/jobs/${job.id}/answers/pressure`, { value: 7 }, key);

  const { result: first, commits } = await commitsDuring(() => t.app.inject(request));
  assert.equal(first.statusCode, 200, first.body);
  assert.equal(commits, 1);
  const stored = await storedKey(key);
  assert.equal(stored?.state, 'done');
  assert.equal(stored?.responseBody, first.body);
  const answer = await t.db.selectFrom('reportAnswers').select('value').where('jobId', '=', job.id).where('fieldId', '=', 'pressure').executeTakeFirstOrThrow();
  assert.equal(answer.value, '7');
  const audited = await t.db.selectFrom('auditLog').select('action').where('entityId', '=', job.id).where('action', '=', 'answer').execute();
  assert.equal(audited.length, 2, 'both answers are audited');

  const { result: retry, commits: retryCommits } = await commitsDuring(() => t.app.inject(request));
  assert.equal(retry.statusCode, 200);
  assert.equal(retry.headers['idempotent-replayed'], 'true');
  assert.equal(retry.body, first.body, 'the stored answer, byte for byte');
  assert.equal(retryCommits, 0);
});

test('a refused write (409, the job is not started) stores its answer in one commit and changes nothing', async () => {
  const job = await aFieldJob(t.db, fx, { status: 'synchronized' });
  const key = crypto.randomUUID();
  const request = fieldRequest(fx.manager, 'PUT', `/api/field/jobs/${job.id}/answers/pressure`, { value: 3 }, key);
  const { result: refused, commits } = await commitsDuring(() => t.app.inject(request));
  assert.equal(refused.statusCode, 409);
  assert.equal(refused.json().error.code, 'job_not_in_progress');
  assert.equal(commits, 1);
  assert.equal((await t.db.selectFrom('reportAnswers').select('id').where('jobId', '=', job.id).execute()).length, 0);
  assert.equal((await t.db.selectFrom('jobEvents').select('id').where('jobId', '=', job.id).execute()).length, 0);
  const retry = await t.app.inject(request);
  assert.equal(retry.statusCode, 409);
  assert.equal(retry.headers['idempotent-replayed'], 'true');
  assert.equal(retry.body, refused.body);
});

test('a reserve raised by a technician reaches an open console at its commit, not at the next poll', async () => {
  const job = await startedJob();
  const stream = await connect(base, supervisor);
  try {
    const raised = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/reserves`, { fieldId: 'leak', status: 'unresolved', description: 'Drip under the valve' }));
    assert.equal(raised.statusCode, 201, raised.body);
    const reserveId = raised.json().reserve.id as string;
    await until(() => stream.events.some((e) => e.type === 'reserve.raised'), 'the reserve.raised event', 10_000);
    const event = stream.events.find((e) => e.type === 'reserve.raised')!;
    assert.equal(event.payload.reserveId, reserveId);
  } finally {
    stream.close();
  }
});
