import { expect, test } from '@playwright/test';
import { demoUsers, signInInEnglish } from './support/demo';
import { lightAndDarkShots } from './support/screenshots';

test('an administrator creates a technician, sees the temporary password once, deactivates them, and finds both in the audit trail', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const name = `Tess Tech ${stamp}`;
  const email = `tess-${stamp}@e2e.fielddesk.test`;

  await test.step('sign in as the administrator and open Users', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await lightAndDarkShots(page, 'users');
  });

  await test.step('create a technician and see the temporary password with a copy button', async () => {
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create' }).click();
    const shown = page.getByRole('dialog').filter({ hasText: 'Temporary password' });
    await expect(shown.getByTestId('temporary-password')).toHaveText(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    await expect(shown.getByRole('button', { name: 'Copy' })).toBeVisible();
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Technician');
  });

  await test.step('deactivate them after confirming', async () => {
    await page.getByLabel('Search by name or email').fill(name);
    await page.getByRole('button', { name: `Actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('ends every session and device at once');
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Deactivated');
  });

  await test.step('find the creation and the deactivation in the audit trail', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Audit' }).click();
    await page.getByLabel('Object type').click();
    await page.getByRole('option', { name: 'User', exact: true }).click();
    const rows = page.getByRole('row');
    const changes = page.locator('fd-audit-changes li');
    const deactivation = rows.filter({ hasText: 'Deactivated' }).filter({ hasText: 'active: true → false' }).first();
    await expect(deactivation).toBeVisible();
    // A row opens every change of its entry beside the grid.
    await deactivation.locator('[col-id="changes"]').click();
    await expect(changes.filter({ hasText: 'active: true → false' })).toBeVisible();
    const creation = rows.filter({ hasText: 'Created' }).filter({ hasText: email }).first();
    await expect(creation).toBeVisible();
    await creation.locator('[col-id="changes"]').click();
    await expect(changes.filter({ hasText: email }).first()).toBeVisible();
    await lightAndDarkShots(page, 'audit');
  });
});
