import { load, startServer, type LoadFigures } from './server.lib';

/**
 * Fifty managers at once (issue 15, target 5): `npx tsx bench/throughput.ts [seconds] [connections]`
 * (default 10 s, 50). The real server runs in its own process on DATA_DIR (an existing database,
 * e.g. the 1M one built with `npm run seed -- --jobs 1000000`; a fresh temporary folder gets the
 * demo data) or DATABASE_URL; `CPU_PROFILE_DIR=…` makes it write a V8 CPU profile when it stops.
 * Each connection is its own signed-in dispatcher session. Measures, in one run, a trivial signed-in
 * request (`GET /api/auth/me`), the jobs grid's first block (`GET /api/jobs?limit=50`) and its
 * second block (keyset cursor), and prints each rate as a ratio of /me's (BENCH_ONLY=first-block: the
 * first block alone, for a profile). Asserts nothing about time.
 */
const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = Number(process.argv[3] ?? 50);
const EMAIL = process.env.BENCH_EMAIL ?? 'dispatch@demo.fielddesk.test';
const PASSWORD = process.env.BENCH_PASSWORD ?? 'fielddesk-demo';

async function signIn(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in → ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie };
}

async function main() {
  const server = await startServer({ dataDir: process.env.DATA_DIR, databaseUrl: process.env.DATABASE_URL, cpuProfileDir: process.env.CPU_PROFILE_DIR });
  try {
    const sessions: Record<string, string>[] = [];
    for (let i = 0; i < CONNECTIONS; i++) sessions.push(await signIn(server.base));
    const first = await fetch(`${server.base}/api/jobs?limit=50`, { headers: sessions[0] });
    const page = (await first.json()) as { total: number; nextCursor: string | null };
    console.log(`${CONNECTIONS} signed-in managers, ${SECONDS} s each; the jobs grid holds ${page.total.toLocaleString('en')} jobs`);
    const headersOf = (client: number) => sessions[client]!;
    const run = (label: string, path: string | ((client: number) => string)) => load(label, server.base, path, CONNECTIONS, SECONDS, headersOf);
    if (process.env.BENCH_ONLY === 'first-block') {
      // For a CPU profile of the grid alone.
      await run('GET /api/jobs?limit=50 (first block)', '/api/jobs?limit=50');
      return;
    }
    const me = await run('GET /api/auth/me', '/api/auth/me');
    const results: LoadFigures[] = [await run('GET /api/jobs?limit=50 (first block)', '/api/jobs?limit=50')];
    if (page.nextCursor) results.push(await run('GET /api/jobs?limit=50&cursor= (second block)', `/api/jobs?limit=50&cursor=${encodeURIComponent(page.nextCursor)}`));
    // Answers are kept while nothing is written (shared/answer-cache.ts): each manager asking a first
    // block nobody else asks (their own block size) shows what computing one costs.
    results.push(await run('GET /api/jobs?limit=50+n (a first block per manager)', (client) => `/api/jobs?limit=${50 + client}`));
    for (const r of results) console.log(`${r.label.padEnd(44)} ${((100 * r.perSecond) / me.perSecond).toFixed(0)} % of /api/auth/me's rate`);
  } finally {
    await server.stop();
  }
}

await main();
