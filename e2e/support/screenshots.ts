import type { Page } from '@playwright/test';

/**
 * A picture of the page. The README's pictures (docs/screenshots) are only written by
 * `npm run screenshots` (FIELDDESK_SCREENSHOTS=1); the test suite writes them under the ignored
 * test-results/ so that a run leaves the work tree as it found it.
 */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const folder = process.env['FIELDDESK_SCREENSHOTS'] ? 'docs/screenshots' : 'test-results/screenshots';
  await page.screenshot({ ...options, path: `${folder}/${name}.png` });
}

/** The page in light then dark mode (theme "system"), under the ignored test-results/ only. */
export async function lightAndDarkShots(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/screenshots/${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: null });
}
