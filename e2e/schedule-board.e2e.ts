import type { APIRequestContext, Page } from '@playwright/test';
import { atLocal, expect, localDay, localTime, now, test } from './support/clock';
import { demoUsers, signInInEnglish } from './support/demo';
import { consoleApi, createJob, createTechnicians, jobBasics, type PlannedJob } from './support/planning';
import { shot } from './support/screenshots';

interface JobBoard {
  technicians: { id: string; name: string }[];
}

const HOUR_WIDTH = 60; // px per hour in the day view, from 07:00

/** Today in the browser's time zone, when the journey starts (at any hour, on any day). */
const today = localDay(now());

async function boardOfToday(request: APIRequestContext): Promise<JobBoard> {
  const from = atLocal(today, '00:00');
  const to = atLocal(localDay(Date.parse(from), 1), '00:00');
  const response = await request.get(`/api/jobs/board?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  expect(response.ok()).toBeTruthy();
  return response.json();
}

async function jobManagerAndStart(request: APIRequestContext, id: string) {
  const job = await (await request.get(`/api/jobs/${id}`)).json();
  const manager = job.technicians.find((t: { role: string }) => t.role === 'manager');
  return { managerId: manager?.userId as string | undefined, plannedStart: job.plannedStart as string, plannedEnd: job.plannedEnd as string };
}

const block = (page: Page, id: string) => page.locator(`.block[data-job="${id}"]:not([data-auxiliary])`);

test('a dispatcher moves jobs on the schedule board with the mouse and with the keyboard', { tag: '@clock' }, async ({ page, request }) => {
  let board: JobBoard;
  let mouseJob: PlannedJob;
  let keyboardJob: PlannedJob;
  let poolJob: PlannedJob;
  // Three technicians of their own, listed one under the other, free all day: the drops land on known free slots.
  const api = await consoleApi(request);
  const [first, second, third] = await createTechnicians(api, 'Board', 3);
  const basics = await jobBasics(api);

  await test.step('plan today: a job at 09:00 and one at 10:00, and one in the job pool', async () => {
    const plan = (managerId: string, from: string, to: string, description: string) =>
      createJob(api, basics, { description, managerId, plannedStart: atLocal(today, from), plannedEnd: atLocal(today, to) });
    mouseJob = await plan(first.id, '09:00', '10:30', 'Board journey: moved with the mouse');
    keyboardJob = await plan(second.id, '10:00', '11:00', 'Board journey: moved with the keyboard');
    poolJob = await createJob(api, basics, { description: 'Board journey: waiting in the job pool' });
    expect(mouseJob.status).toBe('scheduled');
    expect(poolJob.status).toBe('created');
  });

  await test.step('open the board on today', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    // The sign-in page has a language button too: wait for the signed-in shell before leaving it.
    await expect(page.getByRole('button', { name: /^User menu/ })).toBeVisible();
    await page.goto(`/jobs/board?date=${today}&view=day`);
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule board' })).toBeVisible();
    board = await boardOfToday(page.request);
    const row = board.technicians.findIndex((t) => t.id === first.id);
    expect(board.technicians.slice(row, row + 3).map((t) => t.id)).toEqual([first.id, second.id, third.id]);
    await expect(block(page, mouseJob.id)).toBeVisible();
    await expect(block(page, mouseJob.id)).toHaveAttribute('aria-label', new RegExp(`^${mouseJob.number}, .+, 09:00–10:30, .+`));
  });

  await test.step('drag a block to the next technician at 16:00 with the mouse', async () => {
    const lane = page.locator(`.lane-area[data-technician="${second.id}"]`);
    await lane.scrollIntoViewIfNeeded();
    await block(page, mouseJob.id).scrollIntoViewIfNeeded();
    const source = (await block(page, mouseJob.id).boundingBox())!;
    const target = (await lane.boundingBox())!;
    const grab = { x: source.x + 6, y: source.y + source.height / 2 };
    const drop = { x: target.x + (16 - 7) * HOUR_WIDTH + 6, y: target.y + target.height / 2 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 10, grab.y + 10, { steps: 5 });
    await page.mouse.move(drop.x, drop.y, { steps: 20 });
    await page.mouse.up();

    await expect(lane.locator(`.block[data-job="${mouseJob.id}"]`)).toBeVisible();
    await expect(block(page, mouseJob.id)).not.toHaveClass(/pending/);
    const saved = await jobManagerAndStart(page.request, mouseJob.id);
    expect(saved.managerId).toBe(second.id);
    expect(localTime(saved.plannedStart)).toEqual({ hour: 16, minute: 0 });
    const duration = Date.parse(mouseJob.plannedEnd!) - Date.parse(mouseJob.plannedStart!);
    expect(Date.parse(saved.plannedEnd) - Date.parse(saved.plannedStart)).toBe(duration);
  });

  await test.step('move another job with the keyboard: a technician down, an hour later', async () => {
    await block(page, keyboardJob.id).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator(`.lane-area[data-technician="${third.id}"] .block.picked[data-job="${keyboardJob.id}"]`)).toBeVisible();
    await page.keyboard.press('Enter');

    await expect(page.locator(`.lane-area[data-technician="${third.id}"] .block[data-job="${keyboardJob.id}"]:not(.pending)`)).toBeVisible();
    const saved = await jobManagerAndStart(page.request, keyboardJob.id);
    expect(saved.managerId).toBe(third.id);
    expect(localTime(saved.plannedStart)).toEqual({ hour: 11, minute: 0 });
  });

  await test.step('drag a pool job onto a technician at 12:00 to assign and schedule it', async () => {
    const lane = page.locator(`.lane-area[data-technician="${first.id}"]`);
    const pooled = page.locator(`.pool-job[data-job="${poolJob.id}"]`);
    await lane.scrollIntoViewIfNeeded();
    const source = (await pooled.boundingBox())!;
    const target = (await lane.boundingBox())!;
    const drop = { x: target.x + (12 - 7) * HOUR_WIDTH + 1, y: target.y + target.height / 2 };
    await page.mouse.move(source.x + 20, source.y + 10);
    await page.mouse.down();
    await page.mouse.move(source.x + 30, source.y + 20, { steps: 5 });
    await page.mouse.move(drop.x, drop.y, { steps: 20 });
    await page.mouse.up();

    await expect(lane.locator(`.block[data-job="${poolJob.id}"]:not(.pending)`)).toBeVisible();
    await expect(pooled).toHaveCount(0);
    const job = await (await page.request.get(`/api/jobs/${poolJob.id}`)).json();
    expect(job.status).not.toBe('created');
    expect(job.technicians.find((t: { role: string }) => t.role === 'manager')?.userId).toBe(first.id);
    expect(localTime(job.plannedStart)).toEqual({ hour: 12, minute: 0 });
    await page.getByRole('heading', { level: 1, name: 'Schedule board' }).scrollIntoViewIfNeeded();
    await shot(page, 'schedule-board');
  });

  await test.step('the week view and the period live in the URL', async () => {
    await page.getByRole('radio', { name: 'Week' }).click();
    await expect(page).toHaveURL(new RegExp(`date=${today}&view=week|view=week&date=${today}`));
    await expect(block(page, mouseJob.id)).toBeVisible();
    await page.screenshot({ path: 'test-results/schedule-board-week.png' });
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(page).not.toHaveURL(new RegExp(`date=${today}`));
    await page.getByRole('button', { name: 'Today' }).click();
    await expect(page).toHaveURL(new RegExp(`date=${today}`));
    await expect(block(page, mouseJob.id)).toBeVisible();
  });

  await test.step('a supervisor sees the board read only', async () => {
    await signInInEnglish(page, demoUsers.supervisor);
    await expect(page.getByRole('button', { name: /^User menu/ })).toBeVisible();
    await page.goto(`/jobs/board?date=${today}&view=day`);
    await expect(page.getByText('Read only: administrators and dispatchers move jobs.')).toBeVisible();
    await expect(block(page, keyboardJob.id)).toHaveAttribute('aria-disabled', 'true');
    await block(page, keyboardJob.id).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.block.picked')).toHaveCount(0);
  });
});
