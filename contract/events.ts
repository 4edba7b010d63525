import { z } from 'zod';
import { liveEventTypes } from './rules/events';

export * from './rules/events';

export const LiveEventType = z.enum(liveEventTypes);
export type LiveEventType = z.infer<typeof LiveEventType>;

/** One Server-Sent Event: `id` is the outbox row id (Last-Event-ID replays from it). */
export const LiveEvent = z.object({
  id: z.number().int(),
  type: LiveEventType,
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type LiveEvent = z.infer<typeof LiveEvent>;
