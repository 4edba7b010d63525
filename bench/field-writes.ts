import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { FieldJobDetail, FieldJobPage } from '@contract';
import { startServer } from './server.lib';

/**
 * Technicians writing at once (issue 15, target 6): `npx tsx bench/field-writes.ts [seconds] [technicians]`
 * (default 10 s, 20). The real server runs in its own process at `synchronous=FULL` on DATA_DIR (a
 * fresh temporary folder gets the demo data: tech01…tech25) or DATABASE_URL. Each technician gets a
 * bearer token and one job of theirs in progress, then sends `PUT /api/field/jobs/{id}/answers/{fieldId}`
 * back to back, each with a new Idempotency-Key and a new value. Prints acknowledged writes per second,
 * p50/p99, and, as the floor, one 4-row transaction at `synchronous=FULL` on the same disk (SQLite).
 * Asserts nothing about time.
 */
const SECONDS = Number(process.argv[2] ?? 10);
const TECHNICIANS = Number(process.argv[3] ?? 20);
const PASSWORD = process.env.BENCH_PASSWORD ?? 'fielddesk-demo';

interface Writer {
  token: string;
  jobId: string;
  fieldId: string;
}

async function call<T>(base: string, method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(method === 'GET' ? {} : { 'idempotency-key': crypto.randomUUID() }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A technician's token and one of their jobs in progress (started here when none is), with a number field to answer. */
async function prepareWriter(base: string, n: number): Promise<Writer | null> {
  const email = `tech${String(n).padStart(2, '0')}@demo.fielddesk.test`;
  const tokenRes = await fetch(`${base}/api/field/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, deviceName: 'bench' }),
  });
  if (tokenRes.status !== 201) throw new Error(`token for ${email} → ${tokenRes.status}`);
  const { token } = (await tokenRes.json()) as { token: string };
  const page = await call<FieldJobPage>(base, 'GET', '/api/field/jobs?limit=100', token);
  for (const job of page.items.filter((j) => j.myRole === 'manager')) {
    let detail = await call<FieldJobDetail>(base, 'GET', `/api/field/jobs/${job.id}`, token);
    const field = detail.template?.definition.families.flatMap((f) => f.fields).find((f) => f.type === 'number' && !f.visibleWhen);
    if (!field) continue;
    if (detail.status === 'scheduled') detail = await call<FieldJobDetail>(base, 'POST', `/api/field/jobs/${job.id}/received`, token);
    if (detail.status === 'synchronized') detail = await call<FieldJobDetail>(base, 'POST', `/api/field/jobs/${job.id}/start`, token);
    if (detail.status === 'paused') detail = await call<FieldJobDetail>(base, 'POST', `/api/field/jobs/${job.id}/resume`, token);
    if (detail.status === 'started') return { token, jobId: job.id, fieldId: field.id };
  }
  return null;
}

/** Commits per second of one 4-row transaction at synchronous=FULL (WAL), on the disk the data lives on. */
function rawFloor(dir: string, seconds: number): number {
  const folder = mkdtempSync(join(dir, 'fielddesk-floor-'));
  const sqlite = new SQLite(join(folder, 'floor.sqlite'));
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.exec('create table t (id integer primary key, a text, b text)');
    const insert = sqlite.prepare('insert into t (a, b) values (?, ?)');
    const fourRows = sqlite.transaction((i: number) => {
      for (let r = 0; r < 4; r++) insert.run(`row ${i}`, 'x'.repeat(200));
    });
    const end = performance.now() + seconds * 1000;
    let count = 0;
    while (performance.now() < end) fourRows(count++);
    return count / seconds;
  } finally {
    sqlite.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function main() {
  const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'fielddesk-bench-'));
  const server = await startServer({ dataDir, databaseUrl: process.env.DATABASE_URL, cpuProfileDir: process.env.CPU_PROFILE_DIR });
  try {
    const writers: Writer[] = [];
    for (let n = 1; n <= 25 && writers.length < TECHNICIANS; n++) {
      const writer = await prepareWriter(server.base, n);
      if (writer) writers.push(writer);
    }
    console.log(`${writers.length} technicians writing answers, ${SECONDS} s, synchronous=FULL${process.env.DATABASE_URL ? ' (PostgreSQL)' : ''}`);
    const latencies: number[] = [];
    let failures = 0;
    const end = performance.now() + SECONDS * 1000;
    await Promise.all(
      writers.map(async (w) => {
        for (let value = 1; performance.now() < end; value++) {
          const started = performance.now();
          const res = await fetch(`${server.base}/api/field/jobs/${w.jobId}/answers/${w.fieldId}`, {
            method: 'PUT',
            headers: { authorization: `Bearer ${w.token}`, 'idempotency-key': crypto.randomUUID(), 'content-type': 'application/json' },
            body: JSON.stringify({ value }),
          });
          await res.arrayBuffer();
          if (res.status === 200) latencies.push(performance.now() - started);
          else failures++;
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    console.log(
      `PUT …/answers/{fieldId}: ${(latencies.length / SECONDS).toFixed(0)} acknowledged writes/s   p50 ${at(latencies, 0.5).toFixed(1)} ms   p99 ${at(latencies, 0.99).toFixed(1)} ms   ${failures ? `${failures} FAILED` : 'no failure'}`,
    );
    if (!process.env.DATABASE_URL) {
      const floor = rawFloor(dataDir, 3);
      console.log(`floor: one 4-row transaction at synchronous=FULL, same disk: ${floor.toFixed(0)}/s (the writes reach ${((100 * latencies.length) / SECONDS / floor).toFixed(0)} % of it)`);
    }
  } finally {
    await server.stop();
    if (!process.env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
