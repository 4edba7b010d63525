import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers } from './demo';

/** A console session over the API: writes carry the CSRF token that the sign-in answers. */
export interface ConsoleApi {
  request: APIRequestContext;
  headers: Record<string, string>;
}

export interface PlannedJob {
  id: string;
  number: string;
  status: string;
  plannedStart: string | null;
  plannedEnd: string | null;
}

/**
 * Signs `request` in (the administrator by default: the journeys' data is set up by someone
 * allowed to do everything). Use the `request` fixture, not `page.request`, to keep the page's session.
 */
export async function consoleApi(request: APIRequestContext, email: string = demoUsers.admin): Promise<ConsoleApi> {
  const login = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.ok()).toBeTruthy();
  const { csrfToken } = await login.json();
  return { request, headers: { 'x-csrf-token': csrfToken } };
}

/** New technicians, named so that the board lists them one under the other, with nothing planned. */
export async function createTechnicians(api: ConsoleApi, label: string, count: number): Promise<{ id: string; displayName: string }[]> {
  const stamp = Date.now().toString(36);
  const created: { id: string; displayName: string }[] = [];
  for (let i = 0; i < count; i++) {
    const displayName = `${label} ${stamp} ${String.fromCharCode(65 + i)}`;
    const email = `${label.toLowerCase().replace(/\W+/g, '-')}-${stamp}-${i}@e2e.fielddesk.test`;
    const response = await api.request.post('/api/users', { data: { email, displayName, role: 'technician' }, headers: api.headers });
    expect(response.status()).toBe(201);
    const { user } = await response.json();
    created.push({ id: user.id, displayName });
  }
  return created;
}

/** What every new job needs: a seeded customer with a site, and a job type. */
export async function jobBasics(api: ConsoleApi): Promise<{ customerId: string; siteId: string; jobTypeId: string }> {
  const { items } = await (await api.request.get('/api/customers?limit=20&sort=name')).json();
  for (const summary of items) {
    const customer = await (await api.request.get(`/api/customers/${summary.id}`)).json();
    if (customer.sites.length === 0) continue;
    const jobTypes = (await (await api.request.get('/api/job-types')).json()).items as { id: string }[];
    return { customerId: customer.id, siteId: customer.sites[0].id, jobTypeId: jobTypes[0].id };
  }
  throw new Error('the seeded database has no customer with a site');
}

/** Creates a job through the real API: scheduled when it has a manager and dates, else in the job pool. */
export async function createJob(
  api: ConsoleApi,
  basics: { customerId: string; siteId: string; jobTypeId: string },
  plan: { description: string; managerId?: string; plannedStart?: string; plannedEnd?: string; templateId?: string },
): Promise<PlannedJob> {
  const response = await api.request.post('/api/jobs', { data: { ...basics, ...plan }, headers: api.headers });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}
