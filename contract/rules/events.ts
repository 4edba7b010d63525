export const liveEventTypes = [
  'reserve.raised',
  'reserve.updated',
  'job.returned',
  'job.status_changed',
  'job.updated',
  'customer.updated',
] as const;
export type LiveEventType = (typeof liveEventTypes)[number];
