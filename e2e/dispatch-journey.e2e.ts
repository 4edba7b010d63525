import type { Page } from '@playwright/test';
import { datePickerDay, expect, localDay, localTime, now, test } from './support/clock';
import { demoUsers, signInInEnglish } from './support/demo';

const HOUR_WIDTH = 60; // px per hour in the board's day view, from 07:00
const today = localDay(now());
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function pickOption(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Issue 6's journey, end to end in one go: a dispatcher creates a job with a job manager and an
 * auxiliary, schedules it, finds it with a filter, duplicates it, places the copy on the board by
 * dragging it from the job pool, and reads the copy's history.
 */
test('a dispatcher plans a job, finds it, duplicates it and schedules the copy on the board', { tag: '@clock' }, async ({ page }) => {
  let number = '';
  let copy = '';
  const description = `Dispatch journey ${Date.now().toString(36)}: boiler descaling`;

  await test.step('sign in; pick a customer and two technicians', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
  });
  const customers = (await (await page.request.get('/api/customers?limit=20&sort=name')).json()).items as { id: string; name: string }[];
  const customer = customers.find((c) => /^[A-Za-z]/.test(c.name))!;
  const technicians = (await (await page.request.get('/api/users/technicians')).json()).items as { id: string; displayName: string }[];
  const [manager, auxiliary, boardTechnician] = technicians.slice(-3);

  await test.step('create the job: customer, description, dates, a job manager and an auxiliary', async () => {
    await page.goto('/jobs/new');
    await page.getByRole('combobox', { name: 'Customer' }).fill(customer.name.slice(0, 5));
    await page.getByRole('option', { name: new RegExp(`^${escape(customer.name)}`) }).first().click();
    await page.getByRole('textbox', { name: 'Description' }).fill(description);
    await page.getByRole('combobox', { name: 'Job type' }).click();
    await page.getByRole('option').first().click();
    const day = datePickerDay(420);
    await page.getByRole('textbox', { name: 'Start date' }).fill(day);
    await page.getByLabel('Start time').fill('08:30');
    await page.getByRole('textbox', { name: 'End date' }).fill(day);
    await page.getByLabel('End time').fill('10:00');
    await pickOption(page, 'Job manager', manager.displayName);
    await page.getByRole('combobox', { name: 'Auxiliary technicians' }).click();
    await page.getByRole('option', { name: auxiliary.displayName, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: /^Draft/ }).check();
    await page.getByRole('button', { name: 'Create the job' }).click();
    await page.waitForURL((url) => /^\/jobs\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await expect(page.getByRole('heading', { level: 1, name: `Job ${number}` })).toBeVisible();
  });

  await test.step('schedule it: the technicians will see it', async () => {
    await page.getByRole('button', { name: 'Confirm schedule' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm schedule' }).click();
    await expect(page.locator('fd-job-status-chip').first()).toHaveText('Scheduled');
    await expect(page.getByText(manager.displayName).first()).toBeVisible();
    await expect(page.getByText(auxiliary.displayName).first()).toBeVisible();
  });

  await test.step('find it in the jobs grid with a filter', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Jobs', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search number, customer, description' }).fill(number);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${escape(number)}`));
    await expect(page.getByText(/^1 job$/)).toBeVisible();
    await page.locator('fd-infinite-grid').getByRole('link', { name: number }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Job ${number}` })).toBeVisible();
  });

  await test.step('duplicate it: the copy has a new number and waits in the job pool', async () => {
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Duplicate' }).click();
    await expect(page.getByRole('region', { name: 'History' }).getByText(`Created as a copy of ${number}`)).toBeVisible();
    copy = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    expect(copy).not.toBe(number);
    await expect(page.getByRole('paragraph').filter({ hasText: description })).toBeVisible();
  });

  await test.step('drag the copy from the job pool onto a technician at 13:00 on the board', async () => {
    await page.goto(`/jobs/board?date=${today}&view=day`);
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule board' })).toBeVisible();
    const poolJob = page.locator('.pool-job', { hasText: copy });
    await expect(poolJob).toBeVisible();
    const lane = page.locator(`.lane-area[data-technician="${boardTechnician.id}"]`);
    await lane.scrollIntoViewIfNeeded();
    const source = (await poolJob.boundingBox())!;
    const target = (await lane.boundingBox())!;
    await page.mouse.move(source.x + 20, source.y + 10);
    await page.mouse.down();
    await page.mouse.move(source.x + 30, source.y + 20, { steps: 5 });
    await page.mouse.move(target.x + (13 - 7) * HOUR_WIDTH + 1, target.y + target.height / 2, { steps: 20 });
    await page.mouse.up();
    await expect(lane.locator('.block:not(.pending)', { hasText: copy })).toBeVisible();
  });

  await test.step("the copy's page shows it planned, with its whole history", async () => {
    await page.goto(`/jobs/${copy}`);
    await expect(page.getByRole('heading', { level: 1, name: `Job ${copy}` })).toBeVisible();
    await expect(page.getByText(boardTechnician.displayName).first()).toBeVisible();
    const history = page.getByRole('region', { name: 'History' });
    await expect(history.getByText(`Created as a copy of ${number}`)).toBeVisible();
    await expect(history.getByText(/Rescheduled|Scheduled/).first()).toBeVisible();
    const job = await (await page.request.get(`/api/jobs/by-number/${copy}`)).json();
    expect(['scheduled', 'draft']).toContain(job.status);
    expect(localTime(job.plannedStart).hour).toBe(13);
    expect(job.technicians.find((t: { role: string }) => t.role === 'manager').userId).toBe(boardTechnician.id);
    await page.screenshot({ path: 'test-results/dispatch-journey-copy.png', fullPage: true });
  });
});

