import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, type CdkDragDrop, CdkDragPlaceholder, type CdkDragStart, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import type { BoardJob, JobBoard, JobStatus } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { DAY_END_HOUR, DAY_START_HOUR, HOUR_WIDTH_PX, WEEK_COLUMN_WIDTH_PX, dayScale, timelineWidth } from '../board-geometry';
import { formatDayHeading, formatHour, formatSpan } from '../board-labels';
import { type Block, type PendingMove, type PickedJob, layoutBoard } from '../board-layout';
import { type MoveIntent, type PickPosition, changesSomething, dropStart, durationOf, initialPick, isMovable, isMoveKey, stepPick } from '../board-moves';
import { type BoardPeriod, dayStart, localDay } from '../board-period';
import { focusedAfterArrow } from './block-focus';
import { injectFocusAfterRender } from '../../../../shared/util/focus-after-render';

const BLOCK_HEIGHT_PX = 52;
const ROW_PADDING_PX = 8;

/** Parameters of a block's accessible name: number, customer, city, time, technician, status. */
interface BlockLabel {
  number: string;
  customer: string;
  city: string;
  time: string;
  technician: string;
  status: string;
}

/** `shownTime` is the time alone: in week view the column already says the day. */
type BlockView = Block & { label: BlockLabel; shownTime: string; movable: boolean };

/**
 * Technicians as rows, a day (hours) or a week (days) as columns, jobs as blocks; the job pool
 * beside. Jobs move with the mouse (CDK drag and drop) or the keyboard (Enter or M picks a job
 * up, arrows carry it, Enter drops, Escape cancels); both ask for the same move.
 */
@Component({
  selector: 'fd-schedule-board',
  imports: [CdkDropListGroup, CdkDropList, CdkDrag, CdkDragPlaceholder, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board.html',
  styleUrl: './board.scss',
})
export class ScheduleBoard {
  readonly board = input.required<JobBoard>();
  readonly period = input.required<BoardPeriod>();
  readonly pending = input<Readonly<Record<string, PendingMove>>>({});
  /** Administrators and dispatchers move jobs; supervisors only look. */
  readonly canMove = input(false);
  readonly moveRequested = output<MoveIntent>();
  /** The job to open (its number): O on a focused job, or a double-click. */
  readonly opened = output<string>();

  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly focus = injectFocusAfterRender();
  private readonly lang = this.transloco.activeLang;
  /** Status names come from the root translations, which may arrive after a language switch. */
  private readonly translationsLoaded = toSignal(this.transloco.events$.pipe(filter((e) => e.type === 'translationLoadSuccess')));

  protected readonly picked = signal<PickedJob | null>(null);
  /** Where the pointer held the block when the drag started, so the block's left edge lands where it was dropped. */
  private grabOffsetX = 0;

  protected readonly blockHeight = BLOCK_HEIGHT_PX;
  private readonly technicianIds = computed(() => this.board().technicians.map((t) => t.id));
  private readonly technicianNames = computed(() => new Map(this.board().technicians.map((t) => [t.id, t.name])));
  protected readonly width = computed(() => timelineWidth(this.period().view, dayScale(this.period().date), this.period().days.length));
  protected readonly columnWidth = computed(() => (this.period().view === 'day' ? HOUR_WIDTH_PX : WEEK_COLUMN_WIDTH_PX));

  protected readonly headings = computed(() => {
    const lang = this.lang();
    const { view, days } = this.period();
    if (view === 'day') {
      return Array.from({ length: DAY_END_HOUR - DAY_START_HOUR }, (_, i) => ({
        key: String(i),
        label: formatHour(DAY_START_HOUR + i, lang),
        left: i * HOUR_WIDTH_PX,
        today: false,
      }));
    }
    const today = localDay(Date.now());
    return days.map((day, i) => ({ key: day, label: formatDayHeading(dayStart(day)!, lang), left: i * WEEK_COLUMN_WIDTH_PX, today: day === today }));
  });

  protected readonly rows = computed(() => {
    const period = this.period();
    const lang = this.lang();
    const names = this.technicianNames();
    const canMove = this.canMove();
    this.translationsLoaded();
    return layoutBoard(this.board(), period, this.pending(), this.picked()).map((row) => ({
      ...row,
      height: row.lanes * BLOCK_HEIGHT_PX + ROW_PADDING_PX,
      blocks: row.blocks.map(
        (block): BlockView => ({
          ...block,
          movable: canMove && !block.auxiliary && !block.pending && isMovable(block.job),
          shownTime: formatSpan(block.start, block.end, lang, 'day'),
          label: {
            number: block.job.number,
            customer: block.job.customerName,
            city: block.job.siteCity ?? '',
            time: formatSpan(block.start, block.end, lang, period.view),
            technician: names.get(block.technicianId) ?? '',
            status: this.transloco.translate(`jobStatus.${block.job.status}`),
          },
        }),
      ),
    }));
  });

  protected readonly hasJobs = computed(() => this.rows().some((row) => row.blocks.length > 0));
  /** Pool jobs being moved show on the board, not in the pool. */
  protected readonly poolJobs = computed(() => {
    const pending = this.pending();
    const picked = this.picked()?.jobId;
    return this.board().pool.filter((job) => !pending[job.id] && job.id !== picked);
  });

  protected readonly noEntry = () => false;
  /** One colour per family of statuses, named by the legend. */
  protected readonly legend: readonly { status: JobStatus; key: string }[] = [
    { status: 'draft', key: 'draft' },
    { status: 'scheduled', key: 'scheduled' },
    { status: 'started', key: 'underWay' },
    { status: 'completed', key: 'returned' },
    { status: 'cancelled', key: 'cancelled' },
  ];

  protected dragStarted(event: CdkDragStart<BoardJob>, fromPool: boolean): void {
    this.picked.set(null);
    const pointer = event.event;
    const clientX = 'touches' in pointer ? (pointer.touches[0]?.clientX ?? 0) : pointer.clientX;
    // The block itself has left the row by now; its placeholder stands where it was.
    this.grabOffsetX = fromPool ? 0 : clientX - event.source.getPlaceholderElement().getBoundingClientRect().left;
  }

  protected dropped(event: CdkDragDrop<string, unknown, BoardJob>): void {
    const technicianId = event.container.data;
    if (!technicianId || !event.isPointerOverContainer) return;
    const left = event.container.element.nativeElement.getBoundingClientRect().left;
    this.dropAt(event.item.data, technicianId, event.dropPoint.x - left);
  }

  /** A mouse drop at `x` pixels from the start of a technician's timeline. */
  dropAt(job: BoardJob, technicianId: string, x: number): void {
    const start = dropStart(job, this.period(), x, this.grabOffsetX);
    this.request({ job, technicianId, start });
  }

  protected blockKeydown(event: KeyboardEvent, job: BoardJob, movable: boolean): void {
    const picked = this.picked();
    if (picked?.jobId === job.id) {
      this.pickedKeydown(event, job, picked);
      return;
    }
    if ((event.key === 'o' || event.key === 'O') && !picked) {
      event.preventDefault();
      this.opened.emit(job.number);
    } else if ((event.key === 'Enter' || event.key === 'm' || event.key === 'M') && movable && !picked) {
      event.preventDefault();
      this.pick(job);
    } else if (isMoveKey(event.key)) {
      event.preventDefault();
      focusedAfterArrow(this.host.nativeElement, event.target as HTMLElement, event.key)?.focus();
    }
  }

  /** Leaving a picked job (Tab, a click elsewhere) puts it back. */
  protected blockFocusOut(event: FocusEvent, job: BoardJob): void {
    const next = event.relatedTarget as HTMLElement | null;
    if (this.picked()?.jobId === job.id && next && !next.closest(`[data-job="${CSS.escape(job.id)}"]`)) {
      this.picked.set(null);
      this.announce('scheduleBoard.announce.cancelled', { number: job.number });
    }
  }

  private pick(job: BoardJob): void {
    const position = initialPick(job, this.period(), this.technicianIds());
    if (!position) return;
    this.picked.set({ jobId: job.id, position });
    this.announce('scheduleBoard.announce.picked', this.positionParams(job, position));
    this.focusJob(job.id);
  }

  private pickedKeydown(event: KeyboardEvent, job: BoardJob, picked: PickedJob): void {
    if (isMoveKey(event.key)) {
      event.preventDefault();
      const position = stepPick(picked.position, event.key, this.period(), this.technicianIds());
      this.picked.set({ jobId: job.id, position });
      this.announce('scheduleBoard.announce.moved', this.positionParams(job, position));
      this.focusJob(job.id);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.picked.set(null);
      this.request({ job: this.currentJob(job), technicianId: picked.position.technicianId, start: picked.position.start });
      this.focusJob(job.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.picked.set(null);
      this.announce('scheduleBoard.announce.cancelled', { number: job.number });
      this.focusJob(job.id);
    }
  }

  private request(intent: MoveIntent): void {
    if (!changesSomething(intent)) {
      this.announce('scheduleBoard.announce.unchanged', { number: intent.job.number });
      return;
    }
    this.moveRequested.emit(intent);
    this.announce('scheduleBoard.announce.dropped', this.positionParams(intent.job, intent));
  }

  /** The board may have been read again while a job was carried: send the version it has now. */
  private currentJob(job: BoardJob): BoardJob {
    const board = this.board();
    return board.jobs.find((j) => j.id === job.id) ?? board.pool.find((j) => j.id === job.id) ?? job;
  }

  private positionParams(job: BoardJob, position: PickPosition): Record<string, string> {
    return {
      number: job.number,
      technician: this.technicianNames().get(position.technicianId) ?? '',
      time: formatSpan(position.start, position.start + durationOf(job), this.lang(), this.period().view),
    };
  }

  private announce(key: string, params: Record<string, unknown>): void {
    void this.announcer.announce(this.transloco.translate(key, params), 'assertive');
  }

  /** Blocks are drawn again when a job changes row: focus follows the job to its new element. */
  private focusJob(jobId: string): void {
    this.focus(`[data-job="${CSS.escape(jobId)}"]:not([data-auxiliary])`);
  }
}
