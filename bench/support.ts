import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance, InjectOptions } from 'fastify';

/** One measured line: latency percentiles and how long the event loop was held while it ran. */
export interface Figure {
  bench: string;
  label: string;
  p50: number;
  p95: number;
  /** Longest event-loop delay seen during the runs (ms): a synchronous query shows here. */
  loopMax: number;
  loopP99: number;
}

/** `npm run bench` names a file in BENCH_FIGURES; each figure is appended to it as a JSON line. */
function record(figure: Figure): void {
  const file = process.env.BENCH_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
}

const benchName = () => basename(process.argv[1] ?? 'bench', '.ts');

/**
 * Median and 95th percentile of `runs` calls, in milliseconds, after a few warm-up calls, with
 * the event loop's delay sampled every millisecond meanwhile (`perf_hooks.monitorEventLoopDelay`):
 * a request that blocks the loop for 40 ms shows a 40 ms delay, however fast its median.
 */
export async function measure(label: string, runs: number, call: () => Promise<unknown>): Promise<Figure> {
  for (let i = 0; i < 3; i++) await call();
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const times: number[] = [];
  loop.enable();
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await call();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    // app.inject can run a whole request in microtasks: give the loop a turn so the delay
    // monitor samples after each call (otherwise it would see nothing at all).
    await new Promise((resolve) => setImmediate(resolve));
  }
  loop.disable();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const figure: Figure = { bench: benchName(), label, p50: at(0.5), p95: at(0.95), loopMax: loop.max / 1e6, loopP99: loop.percentile(99) / 1e6 };
  console.log(
    `${label.padEnd(58)} median ${figure.p50.toFixed(2).padStart(7)} ms   p95 ${figure.p95.toFixed(2).padStart(7)} ms   loop max ${figure.loopMax.toFixed(1).padStart(6)} ms`,
  );
  record(figure);
  return figure;
}

/** A figure measured another way (a load run, a latency stream): printed and recorded alike. */
export function report(figure: Omit<Figure, 'bench'>): void {
  record({ bench: benchName(), ...figure });
}

/** An inject that must succeed: a benchmark of error answers would measure the wrong thing. */
export async function ok(app: FastifyInstance, request: InjectOptions) {
  const response = await app.inject(request);
  if (response.statusCode >= 400) throw new Error(`${request.method ?? 'GET'} ${request.url} → ${response.statusCode} ${response.body}`);
  return response;
}
