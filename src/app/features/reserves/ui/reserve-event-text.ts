import type { ReserveEvent } from '@contract/reserves';

export interface EventText {
  key: string;
  params: Record<string, string>;
}

/** A history line's sentence (i18n key and parameters); statuses are translated by the caller. */
export function describeReserveEvent(event: ReserveEvent, status: (s: string) => string, someone: string): EventText {
  const actor = event.actorName ?? someone;
  switch (event.type) {
    case 'status_changed':
      return { key: 'reserves.event.status_changed', params: { actor, from: status(event.fromStatus ?? ''), to: status(event.toStatus ?? '') } };
    case 'assigned':
      return event.assigneeId
        ? { key: 'reserves.event.assigned', params: { actor, assignee: event.assigneeName ?? someone } }
        : { key: 'reserves.event.unassigned', params: { actor } };
    case 'follow_up':
      return { key: 'reserves.event.follow_up', params: { actor, number: event.followUpJobNumber ?? '' } };
    default:
      return { key: `reserves.event.${event.type}`, params: { actor } };
  }
}
