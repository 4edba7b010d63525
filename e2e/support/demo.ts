import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'fielddesk-demo';
export const demoUsers = {
  admin: 'admin@demo.fielddesk.test',
  dispatcher: 'dispatch@demo.fielddesk.test',
  supervisor: 'supervisor@demo.fielddesk.test',
} as const;

/** Signs in through the real sign-in page, as a user would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel(/^(Email|E-mail)$/).fill(email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
}

/**
 * Demo users keep their own language preference (some are French). Journeys that read English
 * labels start from a user who prefers English: the preference is set through the API (the
 * browser context shares its cookies with `page.request`), then the user signs in on the page.
 */
export async function signInInEnglish(page: Page, email: string): Promise<void> {
  const login = await page.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.ok()).toBeTruthy();
  const { csrfToken } = await login.json();
  const headers = { 'x-csrf-token': csrfToken };
  expect((await page.request.patch('/api/auth/me', { data: { locale: 'en' }, headers })).ok()).toBeTruthy();
  expect((await page.request.post('/api/auth/logout', { headers })).ok()).toBeTruthy();
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await signIn(page, email);
  // The sign-in page has a language button too: wait for the signed-in shell, in English.
  await expect(page.getByRole('button', { name: /^User menu/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Language: English' })).toBeVisible();
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
