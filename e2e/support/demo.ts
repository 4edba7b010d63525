import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'fielddesk-demo';
export const demoUsers = {
  admin: 'admin@demo.fielddesk.test',
  dispatcher: 'dispatch@demo.fielddesk.test',
  supervisor: 'supervisor@demo.fielddesk.test',
} as const;

/** Signs in through the real sign-in page, as a user would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A customer of the seeded database with at least one contact, read through the real API. */
export async function aCustomerWithContacts(request: APIRequestContext) {
  const login = await request.post('/api/auth/login', {
    data: { email: demoUsers.dispatcher, password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBeTruthy();
  const list = await request.get('/api/customers?limit=20&sort=name');
  const { items } = await list.json();
  for (const summary of items) {
    const customer = await (await request.get(`/api/customers/${summary.id}`)).json();
    if (customer.contacts.length > 0) return customer;
  }
  throw new Error('the seeded database has no customer with contacts');
}
