import type { FastifyInstance, InjectOptions } from 'fastify';

/** Median and 95th percentile of `runs` calls, in milliseconds, after a few warm-up calls. */
export async function timings(runs: number, call: () => unknown): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await call();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** Prints the median and 95th percentile of `runs` calls (see timings). */
export async function measure(label: string, runs: number, call: () => Promise<unknown>): Promise<void> {
  const { median, p95 } = await timings(runs, call);
  console.log(`${label.padEnd(58)} median ${median.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms`);
}

/** An inject that must succeed: a benchmark of error answers would measure the wrong thing. */
export async function ok(app: FastifyInstance, request: InjectOptions) {
  const response = await app.inject(request);
  if (response.statusCode >= 400) throw new Error(`${request.method ?? 'GET'} ${request.url} → ${response.statusCode} ${response.body}`);
  return response;
}
