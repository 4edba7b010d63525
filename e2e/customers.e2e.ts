import { expect, test } from '@playwright/test';
import { aCustomerWithContacts, demoUsers, signInInEnglish } from './support/demo';
import { shot } from './support/screenshots';

test('a dispatcher signs in, searches a customer, opens it and sees its contacts', async ({ page, request }) => {
  const customer = await aCustomerWithContacts(request);
  const contact = customer.contacts[0];

  await test.step('sign in', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    await expect(page).toHaveURL(/\/jobs$/); // a dispatcher's home: the jobs grid
  });

  await test.step('search the customer by the start of its name', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Customers' }).click();
    await page.getByLabel('Search customers').fill(customer.name.slice(0, 6));
    await expect(page).toHaveURL(/q=/);
    const row = page.locator('.ag-row').filter({ hasText: customer.name }).first();
    await expect(row).toBeVisible();
    await shot(page, 'customers');
    await row.click();
  });

  await test.step('see its contacts with one-click call and mail links', async () => {
    await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}`));
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
    await expect(page.getByText(contact.name).first()).toBeVisible();
    if (contact.email) {
      await expect(page.locator(`a[href="mailto:${contact.email}"]`).first()).toBeVisible();
    }
    if (contact.phone) {
      await expect(page.locator(`a[href^="tel:"]`).first()).toBeVisible();
    }
  });
});
