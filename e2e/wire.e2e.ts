import { expect, test, type Page, type Request } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers } from './support/demo';

/** Issue 15: a manager's first visit to the jobs grid, cold cache, over real HTTP. */
const FIRST_VISIT_BUDGET_BYTES = 600 * 1000;

/** Counts what the page receives: headers and encoded bodies, as Chromium reports them. */
function countTransfers(page: Page) {
  const finished: Promise<{ bytes: number; url: string; encoding: string | undefined }>[] = [];
  const onFinished = (request: Request) =>
    finished.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        return { bytes: sizes.responseBodySize + sizes.responseHeadersSize, url: request.url(), encoding: response?.headers()['content-encoding'] };
      })(),
    );
  page.on('requestfinished', onFinished);
  return async () => {
    page.off('requestfinished', onFinished);
    return Promise.all(finished);
  };
}

test('a manager opening the jobs grid for the first time downloads less than 600 kB, compressed, and sees icons, not their names', async ({ page }) => {
  await test.step('signed in, nothing cached: open /jobs', async () => {
    const login = await page.request.post('/api/auth/login', { data: { email: demoUsers.dispatcher, password: DEMO_PASSWORD } });
    expect(login.ok()).toBeTruthy();
    const transfers = countTransfers(page);
    await page.goto('/jobs');
    await expect(page.locator('fd-infinite-grid .ag-row').first()).toBeVisible();
    await expect(page.getByText(/^\d[\d,\s]* (jobs|interventions)$/)).toBeVisible();
    // The grid's first block, the user's preferences and the texts have arrived; let the last requests end.
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);

    const received = await transfers();
    const total = received.reduce((sum, r) => sum + r.bytes, 0);
    expect(total, `${received.length} responses`).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_BYTES);
    const scripts = received.filter((r) => r.url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.encoding, script.url).toBe('br');
    const jobsBlock = received.find((r) => new URL(r.url).pathname === '/api/jobs');
    expect(jobsBlock?.encoding, 'the grid block is compressed').toBe('br');
  });

  await test.step('every icon is drawn as a glyph: an icon shown as its name would be several times wider than tall', async () => {
    await page.getByRole('button', { name: /^User menu|^Menu utilisateur/ }).click();
    const icons = page.locator('mat-icon:visible');
    await expect(icons.first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    // The drawn text's own box (the element may be padded, as a field's prefix icon is).
    const boxes = await icons.evaluateAll((elements) =>
      elements.map((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return { name: e.textContent?.trim() ?? '', width: range.getBoundingClientRect().width, fontSize: parseFloat(getComputedStyle(e).fontSize) };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    const drawnAsText = boxes.filter((b) => b.width > b.fontSize * 1.5);
    expect(drawnAsText).toEqual([]);
    await page.keyboard.press('Escape');
  });
});
