import { expect, test } from '@playwright/test';
import { demoUsers, signIn, signInInEnglish } from './support/demo';

test('a wrong password shows an error and keeps the user on the sign-in page', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, demoUsers.dispatcher, 'not-the-password');
  await expect(page.getByRole('alert')).toContainText(/wrong email or password/i);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('each demo role sees its own navigation', async ({ page }) => {
  await test.step('the administrator sees Users and Audit', async () => {
    await page.goto('/sign-in');
    await signInInEnglish(page, demoUsers.admin);
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Customers' })).toBeVisible();
  });
  await test.step('the dispatcher sees Jobs but neither Users nor Audit', async () => {
    await page.getByRole('button', { name: /^User menu for/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signInInEnglish(page, demoUsers.dispatcher);
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Jobs', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Audit' })).toHaveCount(0);
  });
});

test('a deep link opens after signing in, and the console switches to French', async ({ page }) => {
  await page.goto('/customers?q=a');
  await expect(page).toHaveURL(/\/sign-in/);
  await signInInEnglish(page, demoUsers.supervisor);
  await expect(page).toHaveURL(/\/customers\?q=a/);
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitemradio', { name: 'Français' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Clients' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Clients' })).toBeVisible();
});
