import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { demoUsers, signInInEnglish } from './support/demo';

interface BoardJob {
  id: string;
  number: string;
  status: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  managerId: string | null;
}
interface JobBoard {
  technicians: { id: string; name: string }[];
  jobs: BoardJob[];
}

const TIME_ZONE = 'Europe/Paris'; // playwright.config.ts: the browser's time zone
const HOUR_WIDTH = 60; // px per hour in the day view, from 07:00

/** Today in the browser's time zone: the seed's jobs are around 10:00 UTC of today. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());

function parisParts(iso: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  return { hour: Number(parts.find((p) => p.type === 'hour')!.value), minute: Number(parts.find((p) => p.type === 'minute')!.value) };
}

async function boardOfToday(request: APIRequestContext, page: Page): Promise<JobBoard> {
  const from = await page.evaluate((day) => new Date(`${day}T00:00:00`).toISOString(), today);
  const to = await page.evaluate((day) => new Date(new Date(`${day}T00:00:00`).getTime() + 86_400_000).toISOString(), today);
  const response = await request.get(`/api/jobs/board?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  expect(response.ok()).toBeTruthy();
  return response.json();
}

/** A job the dispatcher may still move, between 08:00 and 15:00 in Paris so that it stays on the day once moved. */
function movableJobs(board: JobBoard): BoardJob[] {
  return board.jobs.filter((job) => {
    if (!['scheduled', 'synchronized', 'draft'].includes(job.status) || !job.managerId || !job.plannedStart) return false;
    const { hour } = parisParts(job.plannedStart);
    return hour >= 8 && hour < 15;
  });
}

async function jobManagerAndStart(request: APIRequestContext, id: string) {
  const job = await (await request.get(`/api/jobs/${id}`)).json();
  const manager = job.technicians.find((t: { role: string }) => t.role === 'manager');
  return { managerId: manager?.userId as string | undefined, plannedStart: job.plannedStart as string, plannedEnd: job.plannedEnd as string };
}

const block = (page: Page, id: string) => page.locator(`.block[data-job="${id}"]:not([data-auxiliary])`);

test('a dispatcher moves jobs on the schedule board with the mouse and with the keyboard', async ({ page }) => {
  let board: JobBoard;
  let mouseJob: BoardJob;
  let keyboardJob: BoardJob;

  await test.step('open the board on the seed’s day', async () => {
    await page.goto('/');
    await signInInEnglish(page, demoUsers.dispatcher);
    // The sign-in page has a language button too: wait for the signed-in shell before leaving it.
    await expect(page.getByRole('button', { name: /^User menu/ })).toBeVisible();
    await page.goto(`/jobs/board?date=${today}&view=day`);
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule board' })).toBeVisible();
    board = await boardOfToday(page.request, page);
    const candidates = movableJobs(board);
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    [mouseJob, keyboardJob] = candidates;
    await expect(block(page, mouseJob.id)).toBeVisible();
    await expect(block(page, mouseJob.id)).toHaveAttribute('aria-label', new RegExp(`^${mouseJob.number}, .+, \\d{2}:\\d{2}–\\d{2}:\\d{2}, .+`));
  });

  await test.step('drag a block to another technician at 16:00 with the mouse', async () => {
    const rowIndex = board.technicians.findIndex((t) => t.id === mouseJob.managerId);
    const target = board.technicians[rowIndex === 0 ? 1 : 0];
    await page.locator(`.lane-area[data-technician="${target.id}"]`).scrollIntoViewIfNeeded();
    await block(page, mouseJob.id).scrollIntoViewIfNeeded();
    const source = (await block(page, mouseJob.id).boundingBox())!;
    const lane = (await page.locator(`.lane-area[data-technician="${target.id}"]`).boundingBox())!;
    const grab = { x: source.x + 6, y: source.y + source.height / 2 };
    const drop = { x: lane.x + (16 - 7) * HOUR_WIDTH + 6, y: lane.y + lane.height / 2 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 10, grab.y + 10, { steps: 5 });
    await page.mouse.move(drop.x, drop.y, { steps: 20 });
    await page.mouse.up();

    await expect(page.locator(`.lane-area[data-technician="${target.id}"] .block[data-job="${mouseJob.id}"]`)).toBeVisible();
    await expect(block(page, mouseJob.id)).not.toHaveClass(/pending/);
    const saved = await jobManagerAndStart(page.request, mouseJob.id);
    expect(saved.managerId).toBe(target.id);
    expect(parisParts(saved.plannedStart)).toEqual({ hour: 16, minute: 0 });
    const duration = Date.parse(mouseJob.plannedEnd!) - Date.parse(mouseJob.plannedStart!);
    expect(Date.parse(saved.plannedEnd) - Date.parse(saved.plannedStart)).toBe(duration);
  });

  await test.step('move another job with the keyboard: a technician down, an hour later', async () => {
    const rowIndex = board.technicians.findIndex((t) => t.id === keyboardJob.managerId);
    const down = rowIndex < board.technicians.length - 1;
    const target = board.technicians[down ? rowIndex + 1 : rowIndex - 1];
    const start = parisParts(keyboardJob.plannedStart!);
    await block(page, keyboardJob.id).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press(down ? 'ArrowDown' : 'ArrowUp');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator(`.lane-area[data-technician="${target.id}"] .block.picked[data-job="${keyboardJob.id}"]`)).toBeVisible();
    await page.keyboard.press('Enter');

    await expect(page.locator(`.lane-area[data-technician="${target.id}"] .block[data-job="${keyboardJob.id}"]:not(.pending)`)).toBeVisible();
    const saved = await jobManagerAndStart(page.request, keyboardJob.id);
    expect(saved.managerId).toBe(target.id);
    const minutes = start.hour * 60 + Math.round(start.minute / 15) * 15 + 60;
    expect(parisParts(saved.plannedStart)).toEqual({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
  });

  await test.step('drag a pool job onto a technician at 12:00 to assign and schedule it', async () => {
    const target = board.technicians[2];
    const poolJob = page.locator('.pool-job').first();
    const id = (await poolJob.getAttribute('data-job'))!;
    await page.locator(`.lane-area[data-technician="${target.id}"]`).scrollIntoViewIfNeeded();
    const source = (await poolJob.boundingBox())!;
    const lane = (await page.locator(`.lane-area[data-technician="${target.id}"]`).boundingBox())!;
    const drop = { x: lane.x + (12 - 7) * HOUR_WIDTH + 1, y: lane.y + lane.height / 2 };
    await page.mouse.move(source.x + 20, source.y + 10);
    await page.mouse.down();
    await page.mouse.move(source.x + 30, source.y + 20, { steps: 5 });
    await page.mouse.move(drop.x, drop.y, { steps: 20 });
    await page.mouse.up();

    await expect(page.locator(`.lane-area[data-technician="${target.id}"] .block[data-job="${id}"]:not(.pending)`)).toBeVisible();
    await expect(page.locator(`.pool-job[data-job="${id}"]`)).toHaveCount(0);
    const job = await (await page.request.get(`/api/jobs/${id}`)).json();
    expect(job.status).not.toBe('created');
    expect(job.technicians.find((t: { role: string }) => t.role === 'manager')?.userId).toBe(target.id);
    expect(parisParts(job.plannedStart)).toEqual({ hour: 12, minute: 0 });
    await page.getByRole('heading', { level: 1, name: 'Schedule board' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/schedule-board.png' });
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
