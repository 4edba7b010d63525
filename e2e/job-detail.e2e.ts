import type { APIRequestContext, Page } from '@playwright/test';
import { datePickerDay, expect, test } from './support/clock';
import { DEMO_PASSWORD, demoUsers, signInInEnglish } from './support/demo';
import { aReturnedJob } from './support/field';
import { shot } from './support/screenshots';

/** A seeded customer with a site, and two technicians, read through the real API. */
async function planningData(request: APIRequestContext) {
  expect((await request.post('/api/auth/login', { data: { email: demoUsers.dispatcher, password: DEMO_PASSWORD } })).ok()).toBeTruthy();
  const { items } = await (await request.get('/api/customers?limit=20&sort=name')).json();
  let customer: { id: string; name: string } | undefined;
  for (const summary of items) {
    const full = await (await request.get(`/api/customers/${summary.id}`)).json();
    if (full.sites.length > 0 && /^[A-Za-z]/.test(full.name)) {
      customer = full;
      break;
    }
  }
  if (!customer) throw new Error('the seeded database has no customer with a site');
  const technicians: { id: string; displayName: string }[] = (await (await request.get('/api/users/technicians')).json()).items;
  expect(technicians.length).toBeGreaterThan(1);
  return { customer, manager: technicians[0], auxiliary: technicians[1] };
}

async function pick(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a dispatcher creates a job, schedules it, reads its history, duplicates it and edits the copy', { tag: '@clock' }, async ({ page, request }) => {
  const { customer, manager, auxiliary } = await planningData(request);
  let number = '';

  await test.step('sign in and open the new job form', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await expect(page).toHaveURL(/\/jobs$/);
    await page.goto('/jobs/new');
    await expect(page.getByRole('heading', { level: 1, name: 'New job' })).toBeVisible();
  });

  await test.step('pick the customer in the autocomplete; its first site is proposed', async () => {
    await page.getByRole('combobox', { name: 'Customer' }).fill(customer.name.slice(0, 5));
    await page.getByRole('option', { name: new RegExp(`^${customer.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
    await expect(page.getByRole('combobox', { name: 'Site' })).not.toHaveText('');
  });

  await test.step('describe the work, plan it and assign a manager and an auxiliary', async () => {
    await page.getByRole('textbox', { name: 'Description' }).fill('E2E boiler check and descaling');
    await page.getByRole('combobox', { name: 'Job type' }).click();
    await page.getByRole('option').first().click();
    await expect(page.getByText('goes to the job pool')).toBeVisible();
    const day = datePickerDay(400); // well ahead: nobody's planning yet
    await page.getByRole('textbox', { name: 'Start date' }).fill(day);
    await page.getByLabel('Start time').fill('09:00');
    await page.getByRole('textbox', { name: 'End date' }).fill(day);
    await page.getByLabel('End time').fill('11:30');
    await pick(page, 'Job manager', manager.displayName);
    await page.getByRole('combobox', { name: 'Auxiliary technicians' }).click();
    await page.getByRole('option', { name: auxiliary.displayName, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: /^Draft/ }).check();
    await expect(page.getByText('goes to the job pool')).toBeHidden();
    // The shell scrolls inside its content pane: a taller window shows the whole form at once.
    await page.setViewportSize({ width: 1440, height: 1500 });
    await page.getByRole('heading', { level: 1, name: 'New job' }).scrollIntoViewIfNeeded();
    await shot(page, 'job-form');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Create the job' }).click();
    await page.waitForURL((url) => /^\/jobs\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
    number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await expect(page.getByRole('heading', { level: 1, name: `Job ${number}` })).toBeVisible();
    await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  });

  await test.step('confirm the schedule; the history shows "created" and "scheduled"', async () => {
    await page.getByRole('button', { name: 'Confirm schedule' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm schedule' }).click();
    const history = page.getByRole('region', { name: 'History' });
    await expect(page.locator('fd-job-status-chip').first()).toHaveText('Scheduled');
    await expect(history.getByText('Job created')).toBeVisible();
    await expect(history.getByText('Scheduled', { exact: true })).toBeVisible();
    await expect(page.getByText(`${manager.displayName}`).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open in maps' })).toHaveAttribute('target', '_blank');
    await shot(page, 'job-page', { fullPage: true });
  });

  await test.step('duplicate it and land on the copy', async () => {
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Duplicate' }).click();
    await expect(page).not.toHaveURL(new RegExp(`/jobs/${number}$`));
    await expect(page.getByRole('heading', { level: 1, name: /^Job / })).not.toHaveText(`Job ${number}`);
    await expect(page.getByRole('paragraph').filter({ hasText: 'E2E boiler check and descaling' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' }).getByText(`Created as a copy of ${number}`)).toBeVisible();
  });

  await test.step('edit the copy: the form opens filled, and the change shows on its page', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Edit job / })).toBeVisible();
    const description = page.getByRole('textbox', { name: 'Description' });
    await expect(description).toHaveValue('E2E boiler check and descaling');
    await expect(page.getByRole('combobox', { name: 'Customer' })).toBeDisabled();
    await description.fill('E2E boiler check, copy for the second boiler');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('paragraph').filter({ hasText: 'E2E boiler check, copy for the second boiler' })).toBeVisible();
  });
});

test('a supervisor reads a returned job: its report, parts and the way to its review, with nothing to change', { tag: '@clock' }, async ({ page, request, baseURL }) => {
  const { number } = await aReturnedJob(request, baseURL!);

  await page.goto('/');
  await signInInEnglish(page, demoUsers.supervisor);
  await expect(page).toHaveURL(/\/reserves$/); // a supervisor's home: the reserves inbox
  await page.goto(`/jobs/${number}`);
  await expect(page.getByRole('heading', { level: 1, name: `Job ${number}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Report' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the review' })).toHaveAttribute('href', `/review/${number}`);
  await expect(page.getByRole('button', { name: 'Cancel job' })).toHaveCount(0);
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.screenshot({ path: 'test-results/job-detail-returned-job.png' });
});
