import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signInInEnglish } from './support/demo';
import { shot } from './support/screenshots';

const rows = (page: Page) => page.locator('fd-infinite-grid .ag-row');
const cell = (page: Page, row: number, col: string) => rows(page).nth(row).locator(`[col-id="${col}"]`);

test('a supervisor triages reserves: quick view, a status change with a comment, a bulk assignment', async ({ page }) => {
  await test.step('sign in and open the reserves inbox', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.supervisor);
    await page.getByRole('navigation').getByRole('link', { name: 'Reserves', exact: true }).click();
    await expect(page).toHaveURL(/\/reserves$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Reserves' })).toBeVisible();
    await expect(rows(page).first()).toBeVisible();
    await expect(page.getByText(/^\d[\d,\s]* reserves?$/)).toBeVisible();
    // The charts are folded until asked for (the grid first), then open again on the next visit.
    const charts = page.getByRole('button', { name: 'Show charts' });
    await expect(charts).toHaveAttribute('aria-expanded', 'false');
    await charts.click();
    await expect(page.getByRole('figure', { name: 'Open reserves by age' })).toBeVisible();
  });

  await test.step('apply the "Unresolved" quick view: the address keeps it', async () => {
    await page.getByRole('option', { name: 'Unresolved', exact: true }).click();
    await expect(page).toHaveURL(/[?&]view=unresolved/);
    await expect(cell(page, 0, 'status')).toHaveText('Unresolved');
    await shot(page, 'reserves');
  });

  let description = '';
  await test.step('open a reserve and mark it Resolved with a comment: the history shows it', async () => {
    description = (await cell(page, 0, 'description').textContent())!.trim();
    await cell(page, 0, 'description').click();
    await expect(page).toHaveURL(/\/reserves\/[^/?]+$/);
    await expect(page.getByRole('heading', { level: 1, name: /^Reserve on / })).toBeVisible();
    await expect(page.getByText(description).first()).toBeVisible();

    const form = page.getByRole('form', { name: 'Change status' });
    await form.getByRole('button', { name: 'Change status' }).click();
    await expect(page.getByText('A comment is required when the status changes.').or(page.getByText('Pick a different status.'))).toBeVisible();
    await form.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Resolved', exact: true }).click();
    await form.getByLabel('Comment').fill('Valve replaced on the second visit');
    await form.getByRole('button', { name: 'Change status' }).click();

    await expect(page.locator('fd-status-chip')).toHaveText('Resolved');
    const history = page.locator('fd-reserve-timeline');
    await expect(history.getByText(/changed the status from Unresolved to Resolved/).first()).toBeVisible();
    await expect(history.getByText('Valve replaced on the second visit')).toBeVisible();
    await shot(page, 'reserve', { fullPage: true });
  });

  await test.step('bulk-assign two reserves', async () => {
    await page.getByRole('link', { name: 'Back to reserves' }).click();
    await expect(page).toHaveURL(/\/reserves(\?|$)/);
    await expect(rows(page).nth(1)).toBeVisible();
    // A supervisor may assign to themself (the users list is for administrators): pick two rows not theirs yet.
    const me = (await page.getByRole('button', { name: /^User menu for / }).getAttribute('aria-label'))!.replace('User menu for ', '');
    const picked: number[] = [];
    for (let i = 0; picked.length < 2 && i < 30; i++) {
      if ((await cell(page, i, 'assignee').textContent())?.trim() !== me) picked.push(i);
    }
    expect(picked.length).toBe(2);
    for (const i of picked) await rows(page).nth(i).locator('input[type="checkbox"]').check();
    const toolbar = page.getByRole('toolbar', { name: '2 reserves selected' });
    await expect(toolbar).toBeVisible();
    await toolbar.getByRole('button', { name: 'Assign' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Supervisor' }).click();
    await page.getByRole('option', { name: me, exact: true }).click();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('2 reserves updated.').first()).toBeVisible();
    for (const i of picked) await expect(cell(page, i, 'assignee')).toHaveText(me);
  });
});
