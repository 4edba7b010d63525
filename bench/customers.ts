import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { seedDemo } from '../server/src/db/seed/seed';
import { createTestDb } from '../server/testing/test-db';
import { measure, ok } from './support';

/**
 * Customers list and search at 100,000 customers through the real HTTP stack (app.inject):
 * `npx tsx bench/customers.ts [customers]`, on PostgreSQL too when DATABASE_URL is set.
 * Prints figures; asserts nothing about time.
 */
const customers = Number(process.argv[2] ?? 100_000);
const testDb = await createTestDb();
try {
  const seeded = Date.now();
  await seedDemo(testDb.handle, { customers, jobs: 2_000, seed: 1 });
  console.log(`${testDb.handle.kind}: seeded ${customers.toLocaleString('en')} customers in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
  const config = loadConfig({ DATA_DIR: testDb.dataDir, LOG_LEVEL: 'silent', STATIC_DIR: `${testDb.dataDir}/none` });
  const app = buildApp({ config, dbHandle: testDb.handle });
  await app.ready();
  const login = await ok(app, {
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'dispatch@demo.fielddesk.test', password: 'fielddesk-demo' },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const get = (url: string) => () => ok(app, { method: 'GET', url, headers: { cookie } });

  const first = (await get('/api/customers?limit=50')()).json();
  const someId = first.items[0].id;
  await measure('first page by name (50, with total)', 50, get('/api/customers?limit=50'));
  await measure('first page by last change', 50, get('/api/customers?limit=50&sort=updatedAt'));
  await measure('next page (keyset cursor)', 50, get(`/api/customers?limit=50&cursor=${encodeURIComponent(first.nextCursor)}`));
  await measure('scrollbar jump to offset 50,000', 20, get('/api/customers?limit=50&offset=50000'));
  await measure('prefix search "mar"', 50, get('/api/customers?limit=50&q=mar'));
  await measure('prefix search "dupo"', 50, get('/api/customers?limit=50&q=dupo'));
  await measure('search by code "C-0500"', 50, get('/api/customers?limit=50&q=C-0500'));
  await measure('one customer with sites and contacts', 50, get(`/api/customers/${someId}`));
  await measure("the customer's jobs", 50, get(`/api/customers/${someId}/jobs?limit=20`));
  console.log(`peak memory (RSS) ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  await app.close();
} finally {
  await testDb.drop();
}
