import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { BoardJob, JobBoard } from '@contract';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../../../../public/i18n/en.json';
import boardEn from '../../../../../../public/i18n/schedule-board/en.json';
import { type MoveIntent, rescheduleBody } from '../board-moves';
import { boardPeriod } from '../board-period';
import { ScheduleBoard } from './board';
import { boardJob, jobBoard } from '../../testing/board-fixtures';

const at = (hour: number, minute = 0) => new Date(2026, 10, 26, hour, minute).getTime();
const iso = (hour: number, minute = 0) => new Date(at(hour, minute)).toISOString();

const job = (id: string, overrides: Partial<BoardJob> = {}): BoardJob =>
  boardJob(id, { number: `J-00010${id}`, plannedEnd: iso(10, 30), version: 3, ...overrides });

const board: JobBoard = jobBoard(
  [job('1'), job('2', { managerId: 't-bruno', plannedStart: iso(13), plannedEnd: iso(14), status: 'started' })],
  [job('3', { managerId: null, plannedStart: null, plannedEnd: null, status: 'created', customerName: 'Hôtel du Parc' })],
);

describe('ScheduleBoard', () => {
  let fixture: ComponentFixture<ScheduleBoard>;
  let moves: MoveIntent[];

  async function render(canMove = true) {
    TestBed.configureTestingModule({
      imports: [
        ScheduleBoard,
        TranslocoTestingModule.forRoot({
          langs: { en: { ...en, scheduleBoard: boardEn } },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(ScheduleBoard);
    fixture.componentRef.setInput('board', board);
    fixture.componentRef.setInput('period', boardPeriod({ date: '2026-11-26', view: 'day' }));
    fixture.componentRef.setInput('canMove', canMove);
    moves = [];
    fixture.componentInstance.moveRequested.subscribe((m) => moves.push(m));
    await fixture.whenStable();
  }

  const element = () => fixture.nativeElement as HTMLElement;
  const blockOf = (id: string) => element().querySelector<HTMLElement>(`[data-job="${id}"]:not([data-auxiliary])`)!;
  async function press(target: HTMLElement, key: string) {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await fixture.whenStable();
  }

  it('names every block with its number, customer, city, time, technician and status', async () => {
    await render();
    expect(blockOf('1').getAttribute('aria-label')).toBe('J-000101, Boulangerie Martin, Lyon, 09:00–10:30, Anne Dupont, Scheduled');
    expect(blockOf('1').style.left).toBe('120px');
    expect(blockOf('1').style.width).toBe('90px');
    expect(element().querySelector('.pool h2')?.textContent).toContain('Job pool (1)');
  });

  it('moves a job with the keyboard and asks for the same body as a mouse drop there', async () => {
    await render();
    const block = blockOf('1');
    block.focus();
    await press(block, 'Enter');
    await press(blockOf('1'), 'ArrowDown');
    for (let i = 0; i < 4; i++) await press(blockOf('1'), 'ArrowRight');
    expect(blockOf('1').closest('[data-technician]')?.getAttribute('data-technician')).toBe('t-bruno');
    expect(blockOf('1').classList).toContain('picked');
    expect(moves).toEqual([]);
    await press(blockOf('1'), 'Enter');

    expect(moves.length).toBe(1);
    const byKeyboard = rescheduleBody(moves[0]);
    expect(byKeyboard).toEqual({ plannedStart: iso(10), plannedEnd: iso(11, 30), managerId: 't-bruno', auxiliaryIds: [] });

    // The mouse: dropped on Bruno's row with the block's left edge at 10:00 (180 px).
    fixture.componentInstance.dropAt(board.jobs[0], 't-bruno', 180);
    expect(rescheduleBody(moves[1])).toEqual(byKeyboard);
  });

  it('puts a picked job back with Escape, sending nothing', async () => {
    await render();
    await press(blockOf('1'), 'm');
    await press(blockOf('1'), 'ArrowDown');
    await press(blockOf('1'), 'Escape');
    expect(moves).toEqual([]);
    expect(blockOf('1').closest('[data-technician]')?.getAttribute('data-technician')).toBe('t-anne');
    expect(blockOf('1').style.left).toBe('120px');
  });

  it('schedules a pool job from the keyboard on the first technician', async () => {
    await render();
    await press(blockOf('3'), 'Enter');
    expect(element().querySelector('.pool [data-job="3"]')).toBeNull();
    await press(blockOf('3'), 'ArrowRight');
    await press(blockOf('3'), 'Enter');
    expect(rescheduleBody(moves[0])).toEqual({ plannedStart: iso(8, 15), plannedEnd: iso(9, 15), managerId: 't-anne', auxiliaryIds: [] });
  });

  it('opens a job with O or a double-click, without moving it', async () => {
    await render();
    const opened: string[] = [];
    fixture.componentInstance.opened.subscribe((number) => opened.push(number));
    await press(blockOf('1'), 'o');
    blockOf('3').dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    expect(opened).toEqual(['J-000101', board.pool[0].number]);
    expect(moves).toEqual([]);
  });

  it('goes from block to block with the arrows when nothing is picked', async () => {
    await render();
    blockOf('1').focus();
    await press(blockOf('1'), 'ArrowDown');
    expect(document.activeElement).toBe(blockOf('2'));
    await press(blockOf('2'), 'ArrowUp');
    expect(document.activeElement).toBe(blockOf('1'));
  });

  it('does not pick up a started job, nor anything when read only', async () => {
    await render();
    await press(blockOf('2'), 'Enter');
    expect(blockOf('2').classList).not.toContain('picked');
    TestBed.resetTestingModule();
    await render(false);
    await press(blockOf('1'), 'Enter');
    await press(blockOf('1'), 'ArrowDown');
    await press(blockOf('1'), 'Enter');
    expect(moves).toEqual([]);
    expect(blockOf('1').getAttribute('aria-disabled')).toBe('true');
  });
});
