import { expect } from '@playwright/test';
import type { ConsoleApi } from './planning';

/**
 * Runs `work` with some company settings changed (by an administrator's session), then puts the
 * previous values back, so the next journeys meet the settings they expect.
 */
export async function withSettings<T>(admin: ConsoleApi, change: Record<string, unknown>, work: () => Promise<T>): Promise<T> {
  const patch = async (values: Record<string, unknown>) => {
    const current = await admin.request.get('/api/settings');
    const etag = current.headers()['etag'];
    const saved = await admin.request.patch('/api/settings', { data: values, headers: { ...admin.headers, 'if-match': etag } });
    expect(saved.ok(), await saved.text()).toBeTruthy();
    return (await current.json()) as Record<string, unknown>;
  };
  const before = await patch(change);
  try {
    return await work();
  } finally {
    await patch(Object.fromEntries(Object.keys(change).map((key) => [key, before[key]])));
  }
}
