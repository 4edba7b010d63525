import { expect, test, type APIRequestContext } from '@playwright/test';
import { Rng } from '../demo/random';
import { FieldClient, signInTechnician } from '../simulator/field-client';
import type { FieldTakeBackChange, TakeBackCheck } from '@contract';
import { now } from './support/clock';
import { demoUsers, signInInEnglish } from './support/demo';
import { consoleApi, createJob, type ConsoleApi } from './support/planning';
import { lightAndDarkShots } from './support/screenshots';

const HOUR = 3_600_000;

/** Everything the story needs, made through the API: a technician with a van, a serialized part, two customers. */
async function setUp(request: APIRequestContext, baseURL: string) {
  const api = await consoleApi(request);
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.toUpperCase();
  const post = async <T>(url: string, data: object): Promise<T> => {
    const response = await api.request.post(url, { data, headers: api.headers });
    expect(response.ok(), `${url}: ${await response.text()}`).toBeTruthy();
    return response.json();
  };
  const created = await post<{ user: { id: string; email: string; displayName: string }; temporaryPassword: string }>('/api/users', {
    email: `discrepancy-${stamp.toLowerCase()}@e2e.fielddesk.test`,
    displayName: `Tess Takeback ${stamp}`,
    role: 'technician',
  });
  const van = await post<{ id: string }>('/api/depots', { name: `Van ${stamp}`, ownerId: created.user.id });
  const family = await post<{ id: string }>('/api/catalog/families', { name: `Heat pumps ${stamp}` });
  const item = await post<{ id: string }>('/api/catalog/items', {
    familyId: family.id,
    kind: 'part',
    reference: `HP-${stamp}`,
    name: 'Heat pump controller',
    unitPriceCents: 24_000,
    taxRateBp: 2_000,
    isSerialized: true,
    isStockTracked: true,
  });
  const serial = `SN-${stamp}`;
  await post(`/api/depots/${van.id}/receipts`, { lines: [{ itemId: item.id, serials: [serial] }] });
  const site = { name: 'Main site', addressLine1: '3 quai du Port', postalCode: '13002', city: 'Marseille', country: 'FR' };
  const customerA = await post<{ id: string; name: string; sites: { id: string }[] }>('/api/customers', { name: `Atelier A ${stamp}`, sites: [site] });
  const customerB = await post<{ id: string; name: string; sites: { id: string }[] }>('/api/customers', { name: `Brasserie B ${stamp}`, sites: [site] });
  const jobTypes = (await (await api.request.get('/api/job-types')).json()).items as { id: string }[];
  // Its own one-checkbox template: the story is about parts, not about a report to fill in.
  const definition = { families: [{ id: 'f', label: 'Checks', fields: [{ id: 'done', type: 'checkbox', label: 'Done', mandatory: false }] }] };
  const template = await post<{ id: string; version: number }>('/api/report-templates', { name: `Take-back ${stamp}`, draft: definition });
  const published = await api.request.post(`/api/report-templates/${template.id}/publish`, { data: {}, headers: { ...api.headers, 'if-match': String(template.version) } });
  expect(published.ok(), await published.text()).toBeTruthy();
  const token = await signInTechnician(baseURL, created.user.email, created.temporaryPassword);
  const technician = new FieldClient(baseURL, token, new Rng(3), 0, { requests: 0, retries: 0, retryMismatches: 0 });
  return { api, technicianId: created.user.id, technician, itemId: item.id, serial, customerA, customerB, jobTypeId: jobTypes[0]!.id, templateId: template.id };
}

type Story = Awaited<ReturnType<typeof setUp>>;

/** A job at a customer, planned in the coming hours, with the story's technician as its job manager. */
async function jobAt(story: Story, api: ConsoleApi, customer: { id: string; sites: { id: string }[] }, description: string) {
  const start = Math.floor(now() / HOUR) * HOUR + HOUR;
  return createJob(api, { customerId: customer.id, siteId: customer.sites[0]!.id, jobTypeId: story.jobTypeId }, {
    description,
    templateId: story.templateId,
    managerId: story.technicianId,
    plannedStart: new Date(start).toISOString(),
    plannedEnd: new Date(start + HOUR).toISOString(),
  });
}

test('a take-back of a serial recorded at another customer: the office sees it on the review page, confirms the move, and the serial tells the truth', async ({ page, request, baseURL }) => {
  const story = await setUp(request, baseURL!);
  const { technician, serial } = story;
  let returnedNumber = '';

  await test.step('the part is installed at customer B on one job', async () => {
    const job = await jobAt(story, story.api, story.customerB, 'Install the heat pump controller');
    await technician.write('POST', `/jobs/${job.id}/start`);
    await technician.write('POST', `/jobs/${job.id}/items`, { itemId: story.itemId, quantity: 1, serial });
    await technician.write('POST', `/jobs/${job.id}/end`);
  });

  await test.step('at customer A the technician takes the same serial back: the app is told only "another customer", the office will check', async () => {
    const job = await jobAt(story, story.api, story.customerA, 'Replace the faulty controller');
    returnedNumber = job.number;
    await technician.write('POST', `/jobs/${job.id}/start`);
    const check = await technician.write<TakeBackCheck>('POST', `/jobs/${job.id}/take-backs/check`, { serial });
    expect(check.recordedAt).toBe('another_customer');
    expect(check.item?.id).toBe(story.itemId);
    expect(JSON.stringify(check)).not.toContain(story.customerB.name);
    const added = await technician.write<FieldTakeBackChange>('POST', `/jobs/${job.id}/take-backs`, { serial, itemId: story.itemId, status: 'needs_repair' });
    expect(added.takeBack.recordedElsewhere).toBe(true);
    await technician.write('POST', `/jobs/${job.id}/end`);
  });

  await test.step('the review page says it plainly: recorded at customer B, taken back here', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await page.goto(`/review/${encodeURIComponent(returnedNumber)}`);
    const banner = page.getByRole('group', { name: `Take-back of ${serial} recorded somewhere else` });
    await expect(banner).toContainText(`${serial} is recorded at customer ${story.customerB.name} — taken back here on ${returnedNumber}.`);
    await expect(banner).toContainText('The unit stays on that record until the office confirms the move or corrects the serial.');
    await lightAndDarkShots(page, 'take-back-discrepancy');
  });

  await test.step("until the office answers, B's equipment still lists the unit, marked as reported elsewhere", async () => {
    await page.goto(`/customers/${story.customerB.id}`);
    await expect(page.getByRole('link', { name: `Reported taken back at another customer on job ${returnedNumber}: open its review` })).toBeVisible();
  });

  await test.step('the office confirms the move (asked once), and the page shows who did', async () => {
    await page.goto(`/review/${encodeURIComponent(returnedNumber)}`);
    const banner = page.getByRole('group', { name: `Take-back of ${serial} recorded somewhere else` });
    await banner.getByRole('button', { name: 'Confirm move' }).click();
    const dialog = page.getByRole('dialog', { name: `Confirm the move of ${serial}?` });
    await dialog.getByRole('button', { name: 'Confirm move' }).click();
    await expect(page.getByText(`Move of ${serial} confirmed`)).toBeVisible();
    await expect(banner).toContainText(/Move confirmed by .+ on .+: the unit leaves that record/);
    await expect(banner.getByRole('button')).toHaveCount(0);
  });

  await test.step('the serial page tells the truth: taken back at A, was recorded at B, move confirmed', async () => {
    await page.goto(`/serials/${encodeURIComponent(serial)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(serial);
    await expect(page.getByText(new RegExp(`Taken back at ${story.customerA.name} on job ${returnedNumber}; was recorded at ${story.customerB.name}; move confirmed by .+\\.`))).toBeVisible();
    await expect(page.getByText('Reported taken back at')).toHaveCount(0);
    await lightAndDarkShots(page, 'take-back-discrepancy-serial');
  });
});
