import type { JobStatus } from '@contract';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { BulkWriter } from '../server/src/db/seed/bulk-writer';
import { jobSearchText } from '../server/src/platform/job-search';
import { createUser, signIn } from '../server/testing/test-app';
import { createTestDb } from '../server/testing/test-db';
import { measure, ok } from './support';

/**
 * The jobs grid, its views, search and deep pages, the board and the overlap check, through the
 * real HTTP stack (app.inject), at each size given: `npx tsx bench/jobs-list.ts [sizes…]`
 * (default 1,000 and 1,000,000 jobs; on PostgreSQL too when DATABASE_URL is set). Jobs are written
 * with the seed's bulk writer (statuses, dates over three years, 30 technicians, search words).
 * Prints figures; asserts nothing about time. The million takes minutes to write.
 */
const sizes = process.argv.slice(2).map(Number);
const STATUSES: [JobStatus, number][] = [['validated', 70], ['completed', 8], ['cancelled', 4], ['scheduled', 8], ['synchronized', 2], ['started', 1], ['paused', 1], ['draft', 2], ['created', 4]];
const WORDS = ['chaudière', 'fuite', 'pompe', 'entretien', 'annuel', 'radiateur', 'thermostat', 'climatisation', 'boiler', 'service', 'leak', 'pressure', 'valve', 'brûleur', 'ramonage', 'vase', 'expansion', 'purge', 'filtre', 'contrôle'];
const HOUR = 3_600_000;

function* cycle(random: () => number) {
  const total = STATUSES.reduce((sum, [, w]) => sum + w, 0);
  for (;;) {
    let pick = random() * total;
    for (const [status, weight] of STATUSES) {
      pick -= weight;
      if (pick <= 0) {
        yield status;
        break;
      }
    }
  }
}

async function run(jobs: number) {
  const testDb = await createTestDb();
  try {
    const db = testDb.handle.db;
    let state = 42;
    const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const technicians = [];
    for (let i = 0; i < 30; i++) technicians.push((await createUser(db, { role: 'technician', displayName: `Technician ${String(i).padStart(2, '0')}` })).id);
    const now = new Date().toISOString();
    const writer = new BulkWriter(db, testDb.handle.kind);
    const customers: string[] = [];
    const customerNames: string[] = [];
    for (let i = 0; i < 1_000; i++) {
      const id = crypto.randomUUID();
      customers.push(id);
      const name = `${WORDS[i % WORDS.length]} Client ${i}`;
      customerNames.push(name);
      writer.add('customers', { id, code: `C-${String(i).padStart(6, '0')}`, name, searchName: name.toLowerCase(), email: null, phone: null, notes: null, customFields: '{}', createdAt: now, updatedAt: now, version: 1 });
    }
    await writer.flush();

    const written = Date.now();
    const statuses = cycle(random);
    const start = Date.now() - 3 * 365 * 24 * HOUR;
    const span = 3.1 * 365 * 24 * HOUR;
    for (let i = 0; i < jobs; i++) {
      const id = crypto.randomUUID();
      const status = statuses.next().value as JobStatus;
      const pooled = status === 'created' && random() < 0.7;
      const planned = pooled && random() < 0.5 ? null : Math.floor(start + (i / jobs) * span);
      const manager = pooled ? null : technicians[Math.floor(random() * technicians.length)]!;
      const description = Array.from({ length: 6 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
      const number = `J-${String(i + 1).padStart(7, '0')}`;
      const at = new Date(planned ?? start + (i / jobs) * span).toISOString();
      const customer = Math.floor(random() * customers.length);
      writer.add('jobs', {
        id, number, seq: i + 1, status, customerId: customers[customer]!, siteId: null, contactId: null, jobTypeId: null, templateId: null, templateVersion: null,
        description, managerId: manager, plannedStart: planned === null ? null : new Date(planned).toISOString(), plannedEnd: planned === null ? null : new Date(planned + 2 * HOUR).toISOString(),
        actualStart: null, actualEnd: null, pausedAt: null, workedSeconds: 0, declineReason: null, declinedAt: status === 'created' && random() < 0.2 ? at : null, proposedStart: null, cancelReason: null,
        completedAt: status === 'completed' || status === 'validated' ? at : null, validatedAt: null, validatedBy: null, openReserves: random() < 0.03 ? 1 : 0, totalExclTaxCents: 0, currency: 'EUR',
        customFields: '{}', searchText: jobSearchText({ number, description, customerName: customerNames[customer]!, city: null }), createdBy: null, createdFrom: 'console', createdAt: at, updatedAt: at, version: 1,
      });
      if (manager) writer.add('jobTechnicians', { jobId: id, userId: manager, role: 'manager' });
      if (writer.pendingRows >= 20_000) await writer.flush();
    }
    await writer.flush();
    console.log(`\n${testDb.handle.kind}: wrote ${jobs.toLocaleString('en')} jobs in ${((Date.now() - written) / 1000).toFixed(1)} s`);

    const config = loadConfig({ DATA_DIR: testDb.dataDir, LOG_LEVEL: 'silent', STATIC_DIR: `${testDb.dataDir}/none` });
    const app = buildApp({ config, dbHandle: testDb.handle });
    await app.ready();
    const { headers } = await signIn(app, await createUser(db, { role: 'dispatcher' }));
    const get = (url: string) => () => ok(app, { method: 'GET', url, headers });
    const runs = jobs > 100_000 ? 10 : 30;
    const deep = Math.min(100_000, Math.floor(jobs / 2));
    const deepCursor = (await get(`/api/jobs?limit=50&offset=${deep}`)()).json().nextCursor as string;
    const day = new Date().toISOString().slice(0, 10);

    await measure('first page, planned start (50, with total)', runs, get('/api/jobs?limit=50'));
    await measure('first page, by number', runs, get('/api/jobs?limit=50&sort=number'));
    await measure(`deep page (keyset cursor after ${deep.toLocaleString('en')} rows)`, runs, get(`/api/jobs?limit=50&cursor=${encodeURIComponent(deepCursor)}`));
    await measure(`scrollbar jump to offset ${deep.toLocaleString('en')}`, Math.min(runs, 10), get(`/api/jobs?limit=50&offset=${deep}`));
    for (const view of ['today', 'pool', 'declined', 'late', 'awaiting_review']) await measure(`view ${view}`, runs, get(`/api/jobs?limit=50&view=${view}`));
    await measure('status scheduled,started', runs, get('/api/jobs?limit=50&status=scheduled,started'));
    await measure('one technician', runs, get(`/api/jobs?limit=50&technicianId=${technicians[3]}`));
    await measure('one customer', runs, get(`/api/jobs?limit=50&customerId=${customers[7]}`));
    await measure('open reserves', runs, get('/api/jobs?limit=50&hasOpenReserves=true'));
    await measure('search "J-00012" (number prefix)', runs, get('/api/jobs?limit=50&q=J-00012'));
    await measure('search "pomp fuit" (description words)', runs, get('/api/jobs?limit=50&q=pomp%20fuit'));
    await measure('search "vase" (a word or a customer)', runs, get('/api/jobs?limit=50&q=vase'));
    await measure('board, one week, 30 technicians', runs, get(`/api/jobs/board?from=${day}T00:00:00.000Z&to=${new Date(Date.parse(day) + 7 * 24 * HOUR).toISOString()}`));
    await measure('overlaps of 3 technicians', runs, get(`/api/jobs/overlaps?technicianIds=${technicians.slice(0, 3).join(',')}&start=${day}T08:00:00.000Z&end=${day}T12:00:00.000Z`));
    console.log(`peak memory (RSS) ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
    await app.close();
  } finally {
    await testDb.drop();
  }
}

for (const jobs of sizes.length ? sizes : [1_000, 1_000_000]) await run(jobs);
