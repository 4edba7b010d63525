import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers, signInInEnglish } from './support/demo';
import { shot } from './support/screenshots';

interface FieldJobItem {
  id: string;
  number: string;
  myRole: 'manager' | 'auxiliary';
}
interface TemplateField {
  id: string;
  label: string;
  reservesAllowed?: boolean;
}

const technicianEmail = (n: number) => `tech${String(n).padStart(2, '0')}@demo.fielddesk.test`;

/** A demo technician with a started job (one of theirs is started if none is), through the technician API. */
async function technicianWithStartedJob(request: APIRequestContext) {
  for (let n = 1; n <= 12; n++) {
    const login = await request.post('/api/field/auth/token', {
      data: { email: technicianEmail(n), password: DEMO_PASSWORD, deviceName: 'live-alerts e2e' },
    });
    if (!login.ok()) continue;
    const headers = { authorization: `Bearer ${(await login.json()).token}` };
    const started = (await (await request.get('/api/field/jobs?status=started&limit=20', { headers })).json()).items as FieldJobItem[];
    let job = started[0];
    if (!job) {
      const planned = (await (await request.get('/api/field/jobs?status=scheduled&status=synchronized&limit=50', { headers })).json())
        .items as FieldJobItem[];
      const own = planned.find((j) => j.myRole === 'manager');
      if (!own) continue;
      const start = await request.post(`/api/field/jobs/${own.id}/start`, { headers: { ...headers, 'idempotency-key': crypto.randomUUID() } });
      expect(start.ok(), await start.text()).toBeTruthy();
      job = own;
    }
    const detail = await (await request.get(`/api/field/jobs/${job.id}`, { headers })).json();
    const fields = (detail.template?.definition?.families ?? []).flatMap((f: { fields: TemplateField[] }) => f.fields) as TemplateField[];
    const field = fields.find((f) => f.reservesAllowed);
    if (field) return { headers, job, field };
  }
  throw new Error('no demo technician has a job whose template takes reserves');
}

test('a reserve raised on site reaches the open console at once; "Open" leads to it', async ({ page, request }) => {
  const { headers, job, field } = await technicianWithStartedJob(request);

  await test.step('a supervisor has the console open', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.supervisor);
    // The stream is connected once the server has answered it: give it a moment to prime.
    await page.waitForTimeout(1000);
  });

  let reserveId = '';
  await test.step('the technician raises a reserve: the toast appears without a reload', async () => {
    const raised = await request.post(`/api/field/jobs/${job.id}/reserves`, {
      headers: { ...headers, 'idempotency-key': crypto.randomUUID() },
      data: { fieldId: field.id, status: 'unresolved', description: 'Seen during the e2e journey' },
    });
    expect(raised.status(), await raised.text()).toBe(201);
    reserveId = (await raised.json()).reserve.id;
    const toast = page.locator('mat-snack-bar-container');
    await expect(toast).toContainText(`Reserve on ${job.number} — ${field.label} — Unresolved`, { timeout: 5000 });
    await shot(page, 'live-alert-toast');
    await expect(page.getByRole('button', { name: /^Live alerts, 1 unread$/ })).toBeVisible();
    await toast.getByRole('button', { name: 'Open' }).click();
    await expect(page).toHaveURL(new RegExp(`/reserves/${reserveId}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(field.label);
  });

  await test.step('the bell lists it; desktop notifications are offered from the menu', async () => {
    await page.getByRole('button', { name: /^Live alerts/ }).click();
    await expect(page.getByRole('menuitem', { name: new RegExp(`Reserve raised on ${job.number}`) })).toBeVisible();
    await shot(page, 'live-alerts-menu');
    await page.keyboard.press('Escape');
  });
});
