import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Rng } from '../demo/random';
import { FieldClient, signInTechnician } from '../simulator/field-client';
import { now } from './support/clock';
import { demoUsers, signInInEnglish } from './support/demo';
import { consoleApi, createJob } from './support/planning';
import { lightAndDarkShots } from './support/screenshots';

const HOUR = 3_600_000;

/** A technician with a van holding 1 filter, a customer and a job planned for them: all through the APIs. */
async function aVanShortOfFilters(request: APIRequestContext, baseURL: string) {
  const api = await consoleApi(request);
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.toUpperCase();
  const send = async <T>(url: string, data: object): Promise<T> => {
    const answer = await api.request.post(url, { data, headers: api.headers });
    expect(answer.ok(), `${url}: ${await answer.text()}`).toBeTruthy();
    return answer.json();
  };
  const tech = await send<{ user: { id: string; email: string }; temporaryPassword: string }>('/api/users', {
    email: `shortfall-${tag.toLowerCase()}@e2e.fielddesk.test`,
    displayName: `Sam Shortfall ${tag}`,
    role: 'technician',
  });
  const van = await send<{ id: string; name: string }>('/api/depots', { name: `Van SF ${tag}`, ownerId: tech.user.id });
  const family = await send<{ id: string }>('/api/catalog/families', { name: `Filters ${tag}` });
  const reference = `FLT-${tag}`;
  const item = await send<{ id: string }>('/api/catalog/items', {
    familyId: family.id, kind: 'part', reference, name: 'Filter cartridge', unitPriceCents: 1_250, taxRateBp: 2_000, isSerialized: false, isStockTracked: true,
  });
  await send(`/api/depots/${van.id}/receipts`, { lines: [{ itemId: item.id, quantity: 1 }] });
  const customer = await send<{ id: string; sites: { id: string }[] }>('/api/customers', {
    name: `Pressing ${tag}`, sites: [{ name: 'Shop', addressLine1: '8 rue Neuve', postalCode: '69002', city: 'Lyon', country: 'FR' }],
  });
  const jobTypeId = ((await (await api.request.get('/api/job-types')).json()).items as { id: string }[])[0]!.id;
  const template = await send<{ id: string; version: number }>('/api/report-templates', {
    name: `Filters ${tag}`, draft: { families: [{ id: 'f', label: 'Checks', fields: [{ id: 'ok', type: 'checkbox', label: 'Works', mandatory: false }] }] },
  });
  const publish = await api.request.post(`/api/report-templates/${template.id}/publish`, { data: {}, headers: { ...api.headers, 'if-match': String(template.version) } });
  expect(publish.ok(), await publish.text()).toBeTruthy();
  const start = Math.floor(now() / HOUR) * HOUR + HOUR;
  const job = await createJob(api, { customerId: customer.id, siteId: customer.sites[0]!.id, jobTypeId }, {
    description: 'Replace the filters', templateId: template.id, managerId: tech.user.id,
    plannedStart: new Date(start).toISOString(), plannedEnd: new Date(start + HOUR).toISOString(),
  });
  const token = await signInTechnician(baseURL, tech.user.email, tech.temporaryPassword);
  const app = new FieldClient(baseURL, token, new Rng(7), 0, { requests: 0, retries: 0, retryMismatches: 0 });
  return { app, job, van, itemId: item.id, reference };
}

async function seriousFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** Light and dark, in English then French (the language button of the shell), then back to English. */
async function shotsInBothLanguages(page: Page, name: string) {
  await lightAndDarkShots(page, `${name}-en`);
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitemradio', { name: /Français/ }).click();
  await expect(page.getByRole('button', { name: /^Langue/ })).toBeVisible();
  await lightAndDarkShots(page, `${name}-fr`);
  await page.getByRole('button', { name: /^Langue/ }).click();
  await page.getByRole('menuitemradio', { name: /English/ }).click();
  await expect(page.getByRole('button', { name: 'Language: English' })).toBeVisible();
}

test('a part the van did not hold: the review page shows the shortfall, the office settles it, the depot movements show both', async ({ page, request, baseURL }) => {
  const story = await aVanShortOfFilters(request, baseURL!);
  const { app, job } = story;

  await test.step('the technician fits 3 filters while the van holds 1, and ends the job', async () => {
    await app.write('POST', `/jobs/${job.id}/start`);
    const added = await app.write<{ line: { shortfall: number } }>('POST', `/jobs/${job.id}/items`, { itemId: story.itemId, quantity: 3 });
    expect(added.line.shortfall).toBe(2);
    await app.write('POST', `/jobs/${job.id}/end`);
  });

  await test.step('the review page shows the shortfall on the part line', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await page.goto(`/review/${encodeURIComponent(job.number)}`);
    const shortfall = page.locator('[data-shortfall]');
    await expect(shortfall).toHaveText(/Stock shortfall: 2 pieces not in the van/);
    await shortfall.scrollIntoViewIfNeeded();
    await shotsInBothLanguages(page, 'stock-shortfall-review');
  });

  await test.step('the Stock shortfalls page lists it; the office writes it off', async () => {
    await page.goto('/stock-shortfalls');
    const row = page.getByRole('row').filter({ hasText: job.number });
    await expect(row).toContainText(story.reference);
    await expect(row).toContainText('2 pieces');
    expect(await seriousFindings(page)).toEqual([]);
    await shotsInBothLanguages(page, 'stock-shortfalls');
    // By keyboard: the form takes the focus from the button, Escape gives it back, and it opens again.
    const settle = row.getByRole('button', { name: 'Settle', exact: true });
    await settle.focus();
    await page.keyboard.press('Enter');
    const how = row.getByRole('combobox', { name: 'How' });
    await expect(how).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(settle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(how).toBeFocused();
    await how.click();
    await page.getByRole('option', { name: 'Written off' }).click();
    await row.getByRole('button', { name: 'Settle the shortfall' }).click();
    await expect(page.getByText(`Stock shortfall of job ${job.number} settled`)).toBeVisible();
    await expect(row).toContainText('Written off');
  });

  await test.step("the van's movements show the part used on the job with its settled shortfall, and the write-off", async () => {
    await page.goto(`/depots/${story.van.id}`);
    await page.getByRole('tab', { name: 'Movements' }).click();
    await expect(page.getByText('3 movements')).toBeVisible();
    const used = page.getByRole('row').filter({ hasText: 'Used on a job' });
    await expect(used).toContainText('1 piece');
    await expect(used).toContainText('2 pieces missing');
    await expect(used).toContainText('Settled: Written off');
    // The job's own column links it; the movement's note names it too (a link as well).
    const jobCell = used.getByRole('cell', { name: job.number, exact: true });
    await expect(jobCell.getByRole('link')).toHaveAttribute('href', `/jobs/${job.number}`);
    await expect(used).toContainText(`Used 3 on job ${job.number}; the van held 1: 2 missing from the stock count (stock shortfall).`);
    await expect(page.getByRole('row').filter({ hasText: 'Stock adjustment' })).toContainText('2 pieces');
    await expect(page.getByRole('row').filter({ hasText: 'Receipt' })).toContainText('In');
    expect(await seriousFindings(page)).toEqual([]);
    await shotsInBothLanguages(page, 'depot-movements');
  });
});
