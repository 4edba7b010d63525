import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signInInEnglish } from './support/demo';
import { lightAndDarkShots } from './support/screenshots';

/** Serials no demo unit carries: unique per run, in the serial format the server accepts. */
const stamp = Date.now().toString(36).toUpperCase();
const serials = [1, 2, 3].map((n) => `E2E-${stamp}-${n}`);

async function findSerial(page: Page, serial: string) {
  // A combobox: it suggests the serials that start with what is typed.
  const box = page.getByRole('combobox', { name: 'Find a serial number' });
  await box.fill(serial);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/serials/${serial}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Serial number ${serial}` })).toBeVisible();
}

test('a manager receives serial units, sends one to a van, reads its history and repairs a unit', async ({ page }) => {
  let vanName = '';

  await test.step('sign in and open the main depot', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await page.getByRole('navigation').getByRole('link', { name: 'Depots' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Depots' })).toBeVisible();
    await page.screenshot({ path: 'test-results/depot-screens/depots.png', fullPage: true });
    await page.getByRole('link', { name: /Main warehouse/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Main warehouse/ })).toBeVisible();
  });

  await test.step('receive 3 serial units, pasted one per line', async () => {
    await page.getByRole('button', { name: 'Receive stock' }).click();
    const dialog = page.getByRole('dialog', { name: 'Receive stock' });
    await dialog.getByRole('combobox', { name: 'Item received' }).fill('Daikin Perfera');
    await page.getByRole('option', { name: /Daikin Perfera/ }).first().click();
    await dialog.getByLabel('Serial numbers, one per line').fill(serials.join('\n'));
    await expect(dialog.getByText('3 serial numbers')).toBeVisible();
    await page.screenshot({ path: 'test-results/depot-screens/receipt.png' });
    await dialog.getByRole('button', { name: 'Receive' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Received: 3 serial units.')).toBeVisible();
  });

  await test.step('the same serials again are refused line by line, nothing written', async () => {
    await page.getByRole('button', { name: 'Receive stock' }).click();
    const dialog = page.getByRole('dialog', { name: 'Receive stock' });
    await dialog.getByRole('combobox', { name: 'Item received' }).fill('Daikin Perfera');
    await page.getByRole('option', { name: /Daikin Perfera/ }).first().click();
    await dialog.getByLabel('Serial numbers, one per line').fill(`${serials[0]}\nE2E-${stamp}-NEW`);
    await dialog.getByRole('button', { name: 'Receive' }).click();
    await expect(dialog.getByText('1 line has a problem: nothing was received.')).toBeVisible();
    const badLine = dialog.getByRole('listitem').filter({ hasText: serials[0] });
    await expect(badLine).toContainText('Already known');
    await page.screenshot({ path: 'test-results/depot-screens/receipt-problems.png' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('send one unit to a technician’s van', async () => {
    await page.getByRole('button', { name: 'Transfer' }).click();
    const dialog = page.getByRole('dialog', { name: /Transfer/ });
    await dialog.getByRole('combobox', { name: 'Send to depot' }).click();
    const van = page.getByRole('option', { name: /Van/ }).first();
    vanName = (await van.textContent())?.trim() ?? '';
    await van.click();
    await dialog.getByLabel('Add a unit by serial number').fill(serials[0]);
    await page.getByRole('option', { name: new RegExp(serials[0]) }).click();
    await expect(dialog.getByRole('button', { name: `Remove ${serials[0]}` })).toBeVisible();
    await page.screenshot({ path: 'test-results/depot-screens/transfer.png' });
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Transferred: 1 movement recorded.')).toBeVisible();
  });

  await test.step('find it by serial from the toolbar and read its history', async () => {
    await findSerial(page, serials[0]);
    const history = page.getByRole('list').filter({ hasText: 'Received' });
    const events = history.getByRole('listitem');
    await expect(events).toHaveCount(2);
    await expect(events.nth(0)).toContainText('Received');
    await expect(events.nth(0)).toContainText('by Julien Moreau');
    await expect(events.nth(1)).toContainText('Transferred');
    await expect(events.nth(1).getByRole('link', { name: vanName })).toBeVisible();
    await expect(page.locator('.where').getByRole('link', { name: vanName })).toBeVisible();
    await page.screenshot({ path: 'test-results/depot-screens/serial.png', fullPage: true });
  });

  await test.step('repair a unit waiting in the repair queue and see it usable again', async () => {
    await page.goto('/repairs');
    await expect(page.getByRole('heading', { level: 1, name: 'Repair queue' })).toBeVisible();
    const firstSerial = page.locator('fd-repair-queue-grid .ag-row[row-index="0"]').getByRole('link').first();
    await expect(firstSerial).toBeVisible();
    const serial = (await firstSerial.textContent())!.trim();
    await page.screenshot({ path: 'test-results/depot-screens/repairs.png', fullPage: true });
    await lightAndDarkShots(page, 'repair-queue');
    await page.getByRole('button', { name: `${serial} repaired` }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 unit repaired: usable again.' })).toBeVisible();
    await expect(page.getByRole('link', { name: serial, exact: true })).toHaveCount(0);

    await findSerial(page, serial);
    await expect(page.locator('.unit-header fd-status-chip').first()).toHaveText('OK');
    await expect(page.getByRole('listitem').filter({ hasText: 'Repaired: usable again' }).last()).toContainText('by Julien Moreau');
  });
});
