import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

/**
 * The real server in a process of its own (the load generator must not share its thread), on
 * 127.0.0.1 and a free port; on an empty DATA_DIR it loads the demo data first (main.ts does).
 * `cpuProfileDir`: the server writes a V8 CPU profile there when it stops (`node --cpu-prof`).
 */
export interface BenchServer {
  base: string;
  stop(): Promise<void>;
}

export async function startServer(options: { dataDir?: string; databaseUrl?: string; cpuProfileDir?: string; env?: Record<string, string> } = {}): Promise<BenchServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fielddesk-bench-'));
  const args = [...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []), '--import', 'tsx', 'server/src/main.ts'];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      PORT: '0',
      HOST: '127.0.0.1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const ready = /FieldDesk is ready at http:\/\/[^:]+:(\d+)/.exec(text);
      if (ready) resolve(`http://127.0.0.1:${ready[1]}`);
      if (text.length > 100_000) text = text.slice(-1000);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server stopped before it was ready (exit ${code})`)));
  });
  // The request log keeps flowing: read and drop it so the pipe never fills.
  child.stdout!.resume();
  return { base, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface LoadFigures {
  label: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** `connections` clients sending `path` back to back for `seconds` (autocannon), each with its own headers. */
/** `path` is every client's, or each client's own (a function of its number). */
export async function load(
  label: string,
  base: string,
  path: string | ((client: number) => string),
  connections: number,
  seconds: number,
  headersOf: (client: number) => Record<string, string>,
): Promise<LoadFigures> {
  const pathOf = typeof path === 'string' ? () => path : path;
  const requestsByClient = Array.from({ length: connections }, (_, i) => ({ method: 'GET' as const, path: pathOf(i), headers: headersOf(i) }));
  let next = 0;
  const result = await autocannon({
    url: `${base}${pathOf(0)}`,
    connections,
    duration: seconds,
    setupClient: (client) => {
      client.setRequests([requestsByClient[next++ % connections]!]);
    },
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  const figures = { label, requests: result.requests.total, perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
  console.log(
    `${label.padEnd(44)} ${figures.perSecond.toFixed(0).padStart(6)} req/s   p50 ${figures.p50.toFixed(1).padStart(6)} ms   p99 ${figures.p99.toFixed(1).padStart(6)} ms   ${errors ? `${errors} ERRORS` : 'no error'}`,
  );
  return figures;
}
