import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoUsers, signInInEnglish } from './support/demo';
import { shot } from './support/screenshots';

/** CDK drag and drop follows real pointer moves: press, nudge past the threshold, travel in steps, release. */
async function dragTo(page: Page, handle: Locator, target: Locator): Promise<void> {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag source or target is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 25 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 2, { steps: 2 });
  await page.mouse.up();
}

/**
 * Names the field just added. Its editor first shows the type's default label; typing before that
 * value has arrived lets it overwrite ours on a slow machine, so wait for it, type, and check the
 * label the user typed is the one that stayed.
 */
async function typeLabel(page: Page, defaultLabel: string, label: string): Promise<void> {
  const input = page.getByLabel('Label', { exact: true });
  await expect(input).toHaveValue(defaultLabel);
  await input.fill(label);
  await expect(input).toHaveValue(label);
}

test('an administrator designs a template with a condition, previews it, publishes two versions and compares them', async ({ page }) => {
  const name = `Leak check ${Date.now()}`;
  const family = (label: string) => page.getByRole('region', { name: new RegExp(`^Family \\d+: ${label}$`) });
  const preview = page.getByRole('region', { name: 'Preview' });

  await test.step('sign in in English and open the templates', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Report templates' }).click();
    await expect(page.getByRole('heading', { name: 'Report templates', level: 1 })).toBeVisible();
  });

  await test.step('create a template', async () => {
    await page.getByRole('button', { name: 'New template' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill(name);
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await expect(page).toHaveURL(/\/report-templates\/[^/]+$/);
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  });

  await test.step('add two families', async () => {
    for (const label of ['Safety', 'Evidence']) {
      await page.getByRole('button', { name: 'Add family' }).click();
      await page.getByRole('textbox', { name: 'Family name' }).last().fill(label);
      await expect(family(label)).toBeVisible();
    }
  });

  await test.step('add a mandatory checkbox and a photo field', async () => {
    await family('Safety').getByRole('button', { name: 'Add field' }).click();
    await page.getByRole('menuitem', { name: 'Checkbox' }).click();
    await typeLabel(page, 'Checkbox', 'Leak found?');
    await page.getByRole('radiogroup', { name: 'Mandatory' }).getByRole('radio', { name: 'Always' }).check();

    await family('Safety').getByRole('button', { name: 'Add field' }).click();
    await page.getByRole('menuitem', { name: 'Photo' }).click();
    await typeLabel(page, 'Photo', 'Photo of the leak');
    await expect(family('Safety').getByRole('button', { name: /^Photo of the leak/ })).toBeVisible();
  });

  await test.step('drag the photo field into the other family', async () => {
    // Close its settings first so the dragged row is small.
    await family('Safety').getByRole('button', { name: /^Photo of the leak/ }).click();
    const handle = family('Safety').getByRole('listitem').filter({ hasText: 'Photo of the leak' }).locator('.handle');
    await dragTo(page, handle, page.getByRole('list', { name: 'Fields of Evidence' }));
    await expect(family('Evidence').getByRole('button', { name: /^Photo of the leak/ })).toBeVisible();
    await expect(family('Safety').getByRole('button', { name: /^Photo of the leak/ })).toHaveCount(0);
  });

  await test.step('make the photo mandatory only when the leak is ticked', async () => {
    await family('Evidence').getByRole('button', { name: /^Photo of the leak/ }).click();
    await page.getByRole('radiogroup', { name: 'Mandatory' }).getByRole('radio', { name: 'Only when…' }).check();
    const condition = page.getByRole('group', { name: 'Mandatory' });
    await expect(condition.getByRole('combobox', { name: 'Field' })).toContainText('Leak found?');
    await expect(condition.getByRole('combobox', { name: 'Condition' })).toContainText('is ticked');
    await expect(family('Evidence').getByText('Mandatory when…')).toBeVisible();
  });

  await test.step('preview: the family stays red until the box is ticked, then the photo becomes mandatory', async () => {
    await expect(preview.getByRole('heading', { name: /Safety.*Incomplete/ })).toBeVisible();
    await expect(preview.getByRole('heading', { name: /Evidence/ })).not.toContainText('Incomplete');
    await shot(page, 'report-template-designer');

    await preview.getByRole('checkbox', { name: 'Leak found?' }).check();
    await expect(preview.getByRole('heading', { name: /Safety.*Complete/ })).toBeVisible();
    await expect(preview.getByRole('heading', { name: /Evidence.*Incomplete/ })).toBeVisible();

    await preview.getByRole('button', { name: 'Add a photo' }).click();
    await expect(preview.getByRole('heading', { name: /Evidence.*Complete/ })).toBeVisible();
    await expect(preview.getByText('Every mandatory field is filled in')).toBeVisible();
  });

  await test.step('publish version 1', async () => {
    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Publish version 1?');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText('Version 1 published').first()).toBeVisible();
    await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  });

  await test.step('edit and publish version 2', async () => {
    await family('Evidence').getByRole('button', { name: 'Add field' }).click();
    await page.getByRole('menuitem', { name: 'Text' }).click();
    await typeLabel(page, 'Text', 'Remarks');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText('Version 2 published').first()).toBeVisible();
  });

  await test.step('see the difference between the two versions', async () => {
    await page.getByRole('tab', { name: 'Versions (2)' }).click();
    await page.getByRole('button', { name: 'Show differences' }).click();
    await expect(page.getByRole('heading', { name: 'From version 1 to version 2' })).toBeVisible();
    await expect(page.getByText('Field “Remarks” added to “Evidence”')).toBeVisible();
    await shot(page, 'report-template-versions');
  });
});
