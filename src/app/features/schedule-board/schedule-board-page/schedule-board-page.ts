import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { selectMay } from '../../../core/auth/may';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { callError } from '../../../shared/util/call-state';
import { ScheduleBoardPageActions, selectBoard, selectCallState, selectPending } from '../data-access';
import { ScheduleBoard } from '../ui/board/board';
import { formatPeriod } from '../ui/board-labels';
import { type MoveIntent, rescheduleBody } from '../ui/board-moves';
import { type BoardParams, type BoardView, boardPeriod, dayStart, localDay, readBoardParams, shiftBoard } from '../ui/board-period';

/** `/jobs/board?date=2026-11-26&view=day`: the schedule board of a day or a week; the period lives in the URL. */
@Component({
  selector: 'fd-schedule-board-page',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, MatProgressBarModule, TranslocoPipe, ApiErrorMessage, ScheduleBoard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './schedule-board-page.html',
  styleUrl: './schedule-board-page.scss',
})
export class ScheduleBoardPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly lang = inject(TranslocoService).activeLang;
  /** Query parameters (`?date=YYYY-MM-DD&view=day|week`), bound by the router. */
  readonly date = input<string | undefined>(undefined);
  readonly view = input<string | undefined>(undefined);

  protected readonly params = computed(() => readBoardParams(this.date(), this.view(), localDay(Date.now())));
  protected readonly period = computed(() => boardPeriod(this.params()));
  protected readonly periodLabel = computed(() => {
    const { days, view } = this.period();
    return formatPeriod(dayStart(days[0])!, dayStart(days[days.length - 1])!, this.lang(), view);
  });
  /** The previous and next buttons move by the period shown: a day or a week. */
  protected readonly shiftLabels = computed(() =>
    this.params().view === 'day'
      ? { previous: 'scheduleBoard.period.previousDay', next: 'scheduleBoard.period.nextDay' }
      : { previous: 'scheduleBoard.period.previousWeek', next: 'scheduleBoard.period.nextWeek' },
  );
  protected readonly isToday = computed(() => this.period().days.includes(localDay(Date.now())));

  protected readonly board = this.store.selectSignal(selectBoard);
  protected readonly callState = this.store.selectSignal(selectCallState);
  protected readonly pending = this.store.selectSignal(selectPending);
  protected readonly error = computed(() => callError(this.callState()));
  protected readonly canMove = this.store.selectSignal(selectMay('jobs', 'write'));

  constructor() {
    let opened = false;
    effect(() => {
      const { from, to } = this.period();
      untracked(() => {
        const query = { from, to };
        this.store.dispatch(opened ? ScheduleBoardPageActions.periodChanged({ query }) : ScheduleBoardPageActions.opened({ query }));
        opened = true;
      });
    });
  }

  protected shift(direction: -1 | 1): void {
    this.go(shiftBoard(this.params(), direction));
  }

  protected today(): void {
    this.go({ ...this.params(), date: localDay(Date.now()) });
  }

  protected showView(view: BoardView): void {
    this.go({ ...this.params(), view });
  }

  protected retry(): void {
    this.store.dispatch(ScheduleBoardPageActions.retried());
  }

  protected moved(intent: MoveIntent): void {
    this.store.dispatch(ScheduleBoardPageActions.jobMoved({ job: intent.job, body: rescheduleBody(intent) }));
  }

  protected open(number: string): void {
    void this.router.navigate(['/jobs', number]);
  }

  private go({ date, view }: BoardParams): void {
    void this.router.navigate([], { queryParams: { date, view }, queryParamsHandling: 'merge' });
  }
}
