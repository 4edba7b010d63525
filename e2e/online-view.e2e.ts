import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoUsers, signInInEnglish } from './support/demo';
import { aReturnedJob } from './support/field';
import { shot } from './support/screenshots';

/** Opens a link the way a customer does: a fresh browser, no session, no cookie. */
async function asCustomer(browser: Browser, url: string, run: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

async function seriousAxeFindings(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test("the office shares a job's online view; the customer opens it without signing in; a revoked link stops working", async ({ page, request, browser, baseURL }) => {
  const job = await aReturnedJob(request, baseURL!);
  const card = page.getByRole('region', { name: 'Customer online view' });
  let link = '';

  await test.step('the job page shows the link, that it works, and that nobody opened it yet', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await page.goto(`/jobs/${job.number}`);
    await expect(card.getByText('The link works.')).toBeVisible();
    await expect(card.getByText('Not opened yet')).toBeVisible();
    link = await card.getByRole('textbox', { name: 'Link to the online view' }).inputValue();
    expect(link).toMatch(new RegExp(`/view/${job.id}/[A-Za-z0-9_-]{43}$`));
  });

  await test.step('the customer opens it in a fresh browser: the job and its report, in French then English, accessible', async () => {
    await asCustomer(browser, link, async (customer) => {
      await customer.goto(link);
      await expect(customer.getByRole('heading', { level: 1, name: `Intervention ${job.number}` })).toBeVisible();
      await expect(customer.getByRole('heading', { name: 'Rapport' })).toBeVisible();
      await customer.getByRole('link', { name: 'English' }).click();
      await expect(customer.getByRole('heading', { level: 1, name: `Job ${job.number}` })).toBeVisible();
      await expect(customer.getByRole('heading', { name: 'Report' })).toBeVisible();
      await expect(customer.getByRole('heading', { name: 'Signatures' })).toBeVisible();
      expect(await seriousAxeFindings(customer)).toEqual([]);
      await shot(customer, 'online-view');
    });
  });

  await test.step('the office sees it was opened, revokes it, and the customer gets "this link does not work"', async () => {
    await page.reload();
    await expect(card.getByText('Last opened')).toBeVisible();
    await card.getByRole('button', { name: 'Revoke link' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await expect(card.getByText('Link revoked')).toBeVisible();
    await asCustomer(browser, link, async (customer) => {
      const response = await customer.goto(link);
      expect(response?.status()).toBe(404);
      await expect(customer.getByRole('heading', { level: 1, name: 'Ce lien ne fonctionne pas' })).toBeVisible();
    });
  });

  await test.step('a new link works; the old one stays dead', async () => {
    await card.getByRole('button', { name: 'New link' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Issue a new link' }).click();
    await expect(card.getByText('The link works.')).toBeVisible();
    const fresh = await card.getByRole('textbox', { name: 'Link to the online view' }).inputValue();
    expect(fresh).not.toBe(link);
    await asCustomer(browser, fresh, async (customer) => {
      expect((await customer.goto(fresh))?.status()).toBe(200);
      expect((await customer.goto(link))?.status()).toBe(404);
    });
  });
});
