import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { RepairOutcome } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';

/** "Repaired" and "Obsolete": what became of units that needed repair (one unit's page, the queue's selection). */
@Component({
  selector: 'fd-repair-buttons',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-flat-button type="button" [disabled]="disabled()" (click)="chosen.emit('ok')">
      <mat-icon aria-hidden="true">check_circle</mat-icon>
      {{ 'depot.repairs.markRepaired' | transloco }}
    </button>
    <button mat-stroked-button type="button" class="danger" [disabled]="disabled()" (click)="chosen.emit('obsolete')">
      <mat-icon aria-hidden="true">block</mat-icon>
      {{ 'depot.repairs.markObsolete' | transloco }}
    </button>
  `,
  // The buttons sit in their container's row (a toolbar, a line of actions) as if written there.
  styles: `
    :host {
      display: contents;
    }
    /* Only while it can be pressed: a disabled button keeps Material's disabled look (issue 16). */
    .danger:not(:disabled) {
      color: var(--mat-sys-error);
    }
  `,
})
export class RepairButtons {
  readonly disabled = input(false);
  readonly chosen = output<RepairOutcome>();
}
