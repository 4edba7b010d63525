import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signInInEnglish } from './support/demo';
import { lightAndDarkShots, shot } from './support/screenshots';

// The number column is pinned: each row has a pinned part and a scrolling part, both `.ag-row`.
const rows = (page: Page) => page.locator('fd-infinite-grid .ag-row');
const statusCells = (page: Page) => page.locator('fd-infinite-grid .ag-row [col-id="status"]');

test('a dispatcher filters the jobs grid: the address keeps the filters, reloading and Back restore them, the export follows', async ({ page }) => {
  await test.step('sign in and open the jobs grid', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await page.getByRole('navigation').getByRole('link', { name: 'Jobs', exact: true }).click();
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
    await expect(rows(page).first()).toBeVisible();
    await expect(page.getByText(/^\d[\d,\s]* jobs$/)).toBeVisible();
  });

  await test.step('apply the "Awaiting review" quick view', async () => {
    await page.getByRole('option', { name: 'Awaiting review' }).click();
    await expect(page).toHaveURL(/[?&]view=awaiting_review/);
    await expect(page.getByRole('option', { name: 'Awaiting review' })).toHaveAttribute('aria-selected', 'true');
    await expect(rows(page).first()).toBeVisible();
    await expect(statusCells(page).first()).toHaveText('Returned');
  });

  await test.step('add a status filter: the address carries both', async () => {
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Returned' }).click();
    await page.getByRole('option', { name: 'Validated' }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/[?&]status=completed%2Cvalidated|[?&]status=completed,validated/);
    await expect(page).toHaveURL(/[?&]view=awaiting_review/);
    await expect(rows(page).first()).toBeVisible();
  });

  await test.step('the export link downloads what the grid shows', async () => {
    const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    const url = new URL(href!, page.url());
    expect(url.pathname).toBe('/api/jobs/export.csv');
    expect(url.searchParams.get('view')).toBe('awaiting_review');
    expect(url.searchParams.get('status')).toBe('completed,validated');
    const csv = await page.request.get(href!);
    expect(csv.ok()).toBeTruthy();
    expect(csv.headers()['content-type']).toContain('text/csv');
    await shot(page, 'jobs');
  });

  await test.step('reloading keeps the filters', async () => {
    await page.reload();
    await expect(page.getByRole('option', { name: 'Awaiting review' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('combobox', { name: 'Status' })).toContainText('Returned, Validated');
    await expect(rows(page).first()).toBeVisible();
  });

  await test.step('Back restores the previous lists, one filter step at a time', async () => {
    await page.goBack();
    await expect(page).toHaveURL(/[?&]status=completed$/);
    await expect(page.getByRole('combobox', { name: 'Status' })).not.toContainText('Validated');
    await page.goBack();
    await expect(page).toHaveURL(/\/jobs\?view=awaiting_review$/);
    await expect(page.getByRole('combobox', { name: 'Status' })).not.toContainText('Returned');
    await page.goBack();
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(page.getByRole('option', { name: 'All jobs' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText(/^\d[\d,\s]* jobs$/)).toBeVisible(); // other journeys may have added jobs
  });

  await test.step('filter by technician and by customer through their autocompletes', async () => {
    await page.getByRole('combobox', { name: 'Technician' }).click();
    const technician = page.locator('.mat-mdc-autocomplete-panel').getByRole('option').first();
    const technicianName = (await technician.textContent())!.trim();
    await technician.click();
    await expect(page).toHaveURL(/[?&]technicianId=/);
    await expect(page.getByRole('combobox', { name: 'Technician' })).toHaveValue(technicianName);
    await expect(statusCells(page).first()).toBeVisible();

    const firstCustomer = (await page.locator('fd-infinite-grid .ag-row [col-id="customer"]').first().textContent())!.trim();
    await page.getByRole('combobox', { name: 'Customer' }).fill(firstCustomer.slice(0, 5));
    await page.locator('.mat-mdc-autocomplete-panel').getByRole('option', { name: firstCustomer }).first().click();
    await expect(page).toHaveURL(/[?&]customerId=/);
    await expect(page.getByRole('combobox', { name: 'Customer' })).toHaveValue(firstCustomer);
    await expect(page.locator('fd-infinite-grid .ag-row [col-id="customer"]').first()).toHaveText(firstCustomer);

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page).toHaveURL(/\/jobs$/);
  });

  await test.step('the declined queue lists what technicians declined, with a one-step reschedule', async () => {
    await page.getByRole('link', { name: 'Declined jobs' }).first().click();
    await expect(page).toHaveURL(/\/jobs\/declined$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Declined jobs' })).toBeVisible();
    const first = page.getByRole('table', { name: 'Declined jobs' }).getByRole('row').nth(1);
    await expect(first).toBeVisible();
    await page.screenshot({ path: 'test-results/jobs-declined-list.png' });
    await first.getByRole('button', { name: /Reassign or reschedule job/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByLabel('Planned start')).not.toHaveValue('');
    await page.screenshot({ path: 'test-results/jobs-declined.png' });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  await test.step('reassign and reschedule a declined job in one step: it leaves the queue', async () => {
    const table = page.getByRole('table', { name: 'Declined jobs' });
    const first = table.getByRole('row').nth(1);
    const number = (await first.getByRole('link').textContent())!.trim();
    await first.getByRole('button', { name: /Reassign or reschedule job/ }).click();
    await page.getByRole('combobox', { name: 'Job manager' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Plan the job' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByText(`Job ${number} is planned again.`)).toBeVisible();
    await expect(table.getByRole('link', { name: number })).toHaveCount(0);
  });
});

test('a dispatcher drags the jobs grid’s scrollbar to the end and to the middle: rows show there, and scrolling goes on', async ({ page }) => {
  const shownIndexes = async () =>
    (await rows(page).evaluateAll((els) => els.filter((el) => el.querySelector('[col-id="status"]')?.textContent?.trim()).map((el) => Number(el.getAttribute('row-index')))));
  // The grid's vertical scroll container (ag-grid 33+ scrolls a fake scrollbar beside the rows).
  const scrollTo = async (fraction: number) =>
    page.locator('fd-infinite-grid .ag-body-vertical-scroll-viewport').evaluate((el, f) => {
      el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
      el.dispatchEvent(new Event('scroll'));
    }, fraction);

  await test.step('open the jobs grid and read its total', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await page.getByRole('navigation').getByRole('link', { name: 'Jobs', exact: true }).click();
    await expect(rows(page).first()).toBeVisible();
    await expect(page.getByText(/^\d[\d,\s]* jobs$/)).toBeVisible();
  });
  const total = Number((await page.getByText(/^\d[\d,\s]* jobs$/).textContent())!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(300); // the journey's demo jobs: several blocks of the grid

  await test.step('drag to the end: the last rows show, read by a jump the server answers', async () => {
    const jump = page.waitForResponse((r) => r.url().includes('/api/jobs?') && /[?&]offset=\d+/.test(r.url()));
    await scrollTo(1);
    expect((await jump).status()).toBe(200);
    await expect.poll(async () => Math.max(-1, ...(await shownIndexes()))).toBeGreaterThanOrEqual(total - 30);
    await lightAndDarkShots(page, 'jobs-grid-end');
  });

  await test.step('drag to the middle: rows about there show', async () => {
    await scrollTo(0.5);
    await expect.poll(async () => (await shownIndexes()).some((i) => Math.abs(i - total / 2) < total / 10)).toBe(true);
    // The grid keeps its total: a later block brings none, and the summary still says it.
    await expect(page.getByText(`${total.toLocaleString('en')} jobs`)).toBeVisible();
  });

  await test.step('scroll on a little: the next rows come by keyset, no error', async () => {
    await page.locator('fd-infinite-grid .ag-body-vertical-scroll-viewport').evaluate((el) => el.scrollBy(0, 2_000));
    await expect.poll(async () => (await shownIndexes()).length).toBeGreaterThan(5);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
