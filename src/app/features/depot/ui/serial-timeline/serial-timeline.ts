import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { SerialUnitEvent } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { MovementNote } from '../../../../shared/ui/movement-note/movement-note';
import { StatusChip } from '../../../../shared/ui/status-chip/status-chip';
import { unitStatusScheme } from '../unit-status';
import { When } from '../when/when';

const ICONS: Record<SerialUnitEvent['kind'], string> = {
  receipt: 'move_to_inbox',
  transfer: 'local_shipping',
  install: 'build',
  uninstall: 'remove_circle_outline',
  take_back: 'assignment_return',
  repair: 'handyman',
  retire: 'block',
  adjustment: 'tune',
};

/** Where an event took the unit, or for whom: a fact with a link to that depot, customer or job. */
interface EventPlace {
  /** i18n key of the fact's label. */
  label: string;
  link: readonly string[];
  name: string;
}

/** The depots it left and reached, the customer and the job, those the event names, in that order. */
function eventPlaces(event: SerialUnitEvent): EventPlace[] {
  const places: EventPlace[] = [];
  if (event.fromDepot) places.push({ label: 'depot.timeline.from', link: ['/depots', event.fromDepot.id], name: event.fromDepot.name });
  if (event.toDepot) places.push({ label: 'depot.timeline.to', link: ['/depots', event.toDepot.id], name: event.toDepot.name });
  if (event.customer) places.push({ label: 'depot.timeline.customer', link: ['/customers', event.customer.id], name: event.customer.name });
  if (event.job) places.push({ label: 'depot.timeline.job', link: ['/jobs', event.job.number], name: event.job.number });
  return places;
}

/** A unit's whole life, oldest first: what happened, where, on which job, who did it and when. */
@Component({
  selector: 'fd-serial-timeline',
  imports: [MatIconModule, MovementNote, RouterLink, TranslocoPipe, StatusChip, When],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './serial-timeline.html',
  styleUrl: './serial-timeline.scss',
})
export class SerialTimeline {
  protected readonly unitStatuses = unitStatusScheme;
  readonly events = input.required<readonly SerialUnitEvent[]>();

  /** Oldest first; events of the same instant keep the server's order. */
  protected readonly ordered = computed(() =>
    [...this.events()].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt)),
  );

  protected readonly places = eventPlaces;

  protected icon(event: SerialUnitEvent): string {
    return ICONS[event.kind];
  }

  /** A repair that ended in "obsolete" is a retirement, told as such. */
  protected titleKey(event: SerialUnitEvent): string {
    if (event.kind === 'repair' && event.statusAfter === 'obsolete') return 'depot.timeline.kind.repairObsolete';
    return `depot.timeline.kind.${event.kind}`;
  }
}
