import { expect, test } from '@playwright/test';
import { runSimulation } from '../simulator/simulation';
import { demoUsers, signInInEnglish } from './support/demo';
import { consoleApi } from './support/planning';
import { shot } from './support/screenshots';
import { withSettings } from './support/settings';

test('the simulator performs two jobs through the technician API; the console shows them waiting for review', async ({ page, request, baseURL }) => {
  let numbers: string[] = [];

  await test.step('two demo technicians perform one job each over HTTP; the first duplicates its job to the pool', async () => {
    const before = Date.now();
    // Duplicating from the app needs job creation in the app, off by default (source, step 1.2).
    const admin = await consoleApi(request);
    const summary = await withSettings(admin, { technicianJobCreation: true }, () => runSimulation({
      url: baseURL!,
      technicians: 2,
      jobs: 2,
      speed: 0,
      password: 'fielddesk-demo',
      seed: 7,
      retryRate: 0.2,
    }));
    expect(summary.failures).toEqual([]);
    expect(summary.jobsEnded).toBe(2);
    expect(summary.tally.earlyEndsRefused).toBe(1);
    expect([summary.tally.duplicates, summary.tally.duplicatesRefused]).toEqual([1, 0]);
    // The second job takes back a part the records put at another customer: accepted, flagged for the office (issue 14 §1).
    expect(summary.tally.takeBacksRecordedElsewhere).toBe(1);
    // The copy is the newest job of the pool: unassigned, made during this run.
    const pool = await (await request.get('/api/jobs?view=pool&limit=1')).json();
    expect(pool.items[0].managerId).toBeNull();
    expect(Date.parse(pool.items[0].updatedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(summary.http.retryMismatches).toBe(0);

    // The office side, through the console API: both jobs are returned, newest first.
    const login = await page.request.post('/api/auth/login', { data: { email: demoUsers.dispatcher, password: 'fielddesk-demo' } });
    expect(login.ok()).toBeTruthy();
    const list = await (await page.request.get('/api/jobs?view=awaiting_review&sort=completedAt&dir=desc&limit=2')).json();
    numbers = list.items.map((j: { number: string }) => j.number);
    expect(list.items.every((j: { completedAt: string }) => Date.parse(j.completedAt) >= before - 1000)).toBeTruthy();
    await page.request.post('/api/auth/logout', { headers: { 'x-csrf-token': (await login.json()).csrfToken } });
  });

  await test.step('a dispatcher sees them in the "Awaiting review" view', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await page.goto('/jobs?view=awaiting_review&sort=completedAt&dir=desc');
    for (const number of numbers) await expect(page.getByRole('link', { name: number })).toBeVisible();
  });

  await test.step('the job page shows the report the technician filled in', async () => {
    await page.getByRole('link', { name: numbers[0] }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(numbers[0]) })).toBeVisible();
    await expect(page.locator('fd-job-status-chip').first()).toHaveText('Returned');
    await expect(page.getByRole('heading', { name: 'Report', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Signatures', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Parts and services', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' }).getByText('Ended and returned for review')).toBeVisible();
    await shot(page, 'returned-job', { fullPage: true });
  });
});
