import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers, signIn } from './support/demo';

/**
 * Every page of the console, as the administrator (who may open them all): no serious or critical
 * axe finding, and no error in the browser's console (issue 16). Each page is checked in one of the
 * four looks — English or French, light or dark — rotating so that the run covers all four;
 * `npm run check:hard` (E2E_EVERY_LOOK=1) checks every page in all four.
 */
const PAGES = [
  '/dashboard',
  '/jobs',
  '/jobs/board',
  '/jobs/declined',
  '/jobs/new',
  '/review',
  '/reserves',
  '/customers',
  '/customers/new',
  '/report-templates',
  '/catalog',
  '/depots',
  '/serials/:first',
  '/repairs',
  '/stock-shortfalls',
  '/users',
  '/settings',
  '/audit',
  '/me',
];

type Look = { locale: 'en' | 'fr'; colorScheme: 'light' | 'dark' };
const LOOKS: Look[] = [
  { locale: 'en', colorScheme: 'light' },
  { locale: 'fr', colorScheme: 'dark' },
  { locale: 'en', colorScheme: 'dark' },
  { locale: 'fr', colorScheme: 'light' },
];
const everyLook = process.env['E2E_EVERY_LOOK'] === '1';

/** The administrator's language, set through the API before signing in (the preference the console applies). */
async function signInAs(page: Page, locale: Look['locale']): Promise<void> {
  const login = await page.request.post('/api/auth/login', { data: { email: demoUsers.admin, password: DEMO_PASSWORD } });
  expect(login.ok()).toBeTruthy();
  const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
  expect((await page.request.patch('/api/auth/me', { data: { locale, theme: 'system' }, headers })).ok()).toBeTruthy();
  expect((await page.request.post('/api/auth/logout', { headers })).ok()).toBeTruthy();
  await page.goto('/sign-in');
  await signIn(page, demoUsers.admin);
  await expect(page.getByRole('button', { name: /^(User menu|Menu utilisateur)/ })).toBeVisible();
}

for (const [index, path] of PAGES.entries()) {
  const looks = everyLook ? LOOKS : [LOOKS[index % LOOKS.length]!];
  for (const look of looks) {
    test(`${path} in ${look.locale}, ${look.colorScheme}: no serious accessibility finding, no console error`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: look.colorScheme });
      await signInAs(page, look.locale);
      // From here on (the sign-in page's own "who am I?" answers 401 by design).
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(await resolved(page, path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Lists and charts fill in after the heading (the live-event stream never idles the network).
      await expect(page.locator('mat-progress-bar, mat-spinner, mat-progress-spinner')).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(serious, `${path} ${look.locale} ${look.colorScheme}`).toEqual([]);
      if (look.colorScheme === 'dark') await expectDarkGrids(page, path);
      expect(errors, `${path}: console errors`).toEqual([]);
    });
  }
}

/** A page of one thing: the first the API lists (a serial unit of the demo data). */
async function resolved(page: Page, path: string): Promise<string> {
  if (!path.endsWith('/:first')) return path;
  const units = await page.request.get('/api/serial-units?limit=1');
  expect(units.ok()).toBeTruthy();
  const [unit] = (await units.json()).items as { serial: string }[];
  return path.replace(':first', encodeURIComponent(unit!.serial));
}

/** In the dark theme a grid is dark too (ag-grid paints its own background: issue 16 found it white). */
async function expectDarkGrids(page: Page, path: string): Promise<void> {
  for (const grid of await page.locator('.ag-root-wrapper').all()) {
    const background = await grid.evaluate((element) => getComputedStyle(element).backgroundColor);
    const [r, g, b] = (background.match(/[\d.]+/g) ?? []).map(Number);
    const lightness = (0.2126 * (r ?? 255) + 0.7152 * (g ?? 255) + 0.0722 * (b ?? 255)) / 255;
    expect(lightness, `${path}: a grid's background in the dark theme is ${background}`).toBeLessThan(0.3);
  }
}
