import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers, signInInEnglish } from './support/demo';
import { shot } from './support/screenshots';

interface QueueItem {
  id: string;
  number: string;
}

/** The review queue as the API reads it (oldest first), as a dispatcher. */
async function queue(request: APIRequestContext): Promise<{ count: number; items: QueueItem[] }> {
  expect((await request.post('/api/auth/login', { data: { email: demoUsers.dispatcher, password: DEMO_PASSWORD } })).ok()).toBeTruthy();
  const { count } = await (await request.get('/api/review/count')).json();
  const { items } = await (await request.get('/api/review/queue?limit=50')).json();
  return { count, items };
}

/** A returned job with photos, signatures and parts: the e2e seed has several. */
async function fullReport(request: APIRequestContext, items: QueueItem[]): Promise<QueueItem> {
  for (const item of items) {
    const job = await (await request.get(`/api/jobs/by-number/${encodeURIComponent(item.number)}`)).json();
    const { report } = job;
    if (report.signatures.length && report.items.length && report.attachments.some((a: { kind: string }) => a.kind === 'photo')) return item;
  }
  throw new Error('the e2e seed has no returned job with photos, signatures and parts');
}

const badge = (page: Page) => page.getByRole('navigation').locator('[data-badge="review"]');

test('a manager reviews returned jobs: reads the report, reopens one with a reason, validates another', async ({ page, request }) => {
  const { count, items } = await queue(request);
  expect(count).toBeGreaterThanOrEqual(2);
  const full = await fullReport(request, items);
  const other = items.find((i) => i.id !== full.id)!;

  await test.step('sign in: the badge counts the jobs waiting', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await expect(badge(page)).toHaveText(String(count));
    await expect(badge(page)).toHaveAttribute('aria-label', `${count} jobs waiting for review`);
  });

  await test.step('open the queue, oldest first', async () => {
    await page.getByRole('navigation').getByRole('link', { name: /^Review/ }).click();
    await expect(page).toHaveURL(/\/review$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
    await expect(page.locator('fd-infinite-grid .ag-row').first()).toBeVisible();
    await expect(page.locator('fd-infinite-grid .ag-row [col-id="number"]').first()).toHaveText(items[0].number);
    await shot(page, 'review-queue');
  });

  await test.step('open a returned job: photos, signatures, parts and totals', async () => {
    await page.goto(`/review/${encodeURIComponent(full.number)}`);
    await expect(page.getByRole('heading', { level: 1, name: `Job ${full.number}` })).toBeVisible();
    await expect(page.getByRole('img', { name: /^▶/ })).toBeVisible();
    await shot(page, 'review');
    await expect(page.getByRole('heading', { name: 'Signatures' })).toBeVisible();
    await expect(page.locator('.signatures img').first()).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Family' })).toBeVisible();
    await expect(page.locator('[data-total="excl"]')).toBeVisible();
    await expect(page.locator('[data-total="incl"]')).toBeVisible();
    const thumbnail = page.locator('fd-job-report img[src*="variant=thumbnail"]').first();
    await expect(thumbnail).toBeVisible();
    await thumbnail.click();
    const lightbox = page.getByRole('dialog');
    await expect(lightbox.getByRole('heading', { name: /^Photo 1 of \d+$/ })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(lightbox.getByRole('heading', { name: /^Photo \d+ of \d+$/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(lightbox).toBeHidden();
    await shot(page, 'review-report');
  });

  await test.step('reopen it with a reason', async () => {
    await page.getByRole('button', { name: 'Reopen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reopen' }).click();
    await expect(dialog.getByText('Say why the job is reopened')).toBeVisible();
    await dialog.getByLabel('Reason').fill('The meter photo is blurred: take it again');
    await dialog.getByRole('button', { name: 'Reopen' }).click();
    await expect(page.getByText(`Job ${full.number} sent back to the technicians`)).toBeVisible();
    await expect(page.getByText('This job is not waiting for review.')).toBeVisible();
  });

  await test.step('validate another from the keyboard', async () => {
    await page.goto(`/review/${encodeURIComponent(other.number)}`);
    await expect(page.getByRole('heading', { level: 1, name: `Job ${other.number}` })).toBeVisible();
    await page.keyboard.press('v');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: `Validate job ${other.number}?` })).toBeVisible();
    await dialog.getByRole('button', { name: 'Validate' }).click();
    await expect(page.getByText(`Job ${other.number} validated`)).toBeVisible();
  });

  await test.step('the badge counts two fewer', async () => {
    await expect(badge(page)).toHaveText(String(count - 2));
    const after = await (await request.get('/api/review/count')).json();
    expect(after.count).toBe(count - 2);
  });
});
