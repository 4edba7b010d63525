import { expect, test } from '@playwright/test';
import { demoUsers, signInInEnglish } from './support/demo';
import { shot } from './support/screenshots';

test('an administrator lets technicians create jobs, finds it kept after a reload and in the audit trail', async ({ page }) => {
  const jobCreation = () => page.getByRole('switch', { name: 'Technicians may create jobs from the app' });

  await test.step('sign in and open the settings', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(jobCreation()).not.toBeChecked();
    await expect(page.getByText('When on, technicians can add a new job from their phone')).toBeVisible();
  });

  await test.step('switch on "technicians may create jobs" and save', async () => {
    await jobCreation().click();
    await expect(jobCreation()).toBeChecked();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    await shot(page, 'settings');
  });

  await test.step('reload: the setting is kept', async () => {
    await page.reload();
    await expect(jobCreation()).toBeChecked();
  });

  await test.step('the audit trail shows the change with before and after', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Audit' }).click();
    await expect(page).toHaveURL(/\/audit/);
    await page.getByRole('combobox', { name: 'Object type' }).click();
    await page.getByRole('option', { name: 'Settings' }).click();
    // The grid shows what changed on one line; the row opens every change beside it.
    const row = page.getByRole('row').filter({ hasText: 'technicianJobCreation' }).first();
    await expect(row).toContainText('Settings');
    await expect(row).toContainText('Administrator');
    await row.locator('[col-id="changes"]').click();
    const change = page.locator('fd-audit-changes li').filter({ hasText: 'technicianJobCreation' }).first();
    await expect(change).toBeVisible();
    await expect(change.locator('del')).toHaveText('false');
    await expect(change.locator('ins')).toHaveText('true');
  });
});
