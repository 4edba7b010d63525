import type { JobStatus } from '@contract';
import type { People, Person, SeedContext, SiteRef } from '../context';
import { DAY, MINUTE, iso, startOfUtcDay } from '../clock';
import { cancelReasons, declineReasons, type Lang } from '../data/phrases';
import type { JobPlan, Slot } from './job-plan';

export interface JobEvent {
  type: string;
  from: JobStatus | null;
  to: JobStatus | null;
  actor: string;
  source: 'console' | 'field';
  at: number;
  data: Record<string, unknown>;
}

/** The times a job row carries, in ms (null: not reached). */
export interface JobTimes {
  plannedStart: number | null;
  plannedEnd: number | null;
  actualStart: number | null;
  actualEnd: number | null;
  pausedAt: number | null;
  workedMs: number;
  declineReason: string | null;
  declinedAt: number | null;
  proposedStart: number | null;
  cancelReason: string | null;
  validatedAt: number | null;
  validatedBy: string | null;
}

export interface HistoryInput {
  ctx: SeedContext;
  people: People;
  slot: Slot;
  plan: JobPlan;
  creator: Person;
  manager: Person;
  site: SiteRef;
  lang: Lang;
  /** Short history (no synchronization, no pauses) for older returned jobs. */
  full: boolean;
  repair: boolean;
}

/**
 * The job's history, oldest first, and the times it leaves on the job. The plan may step
 * back when today's clock does not allow it (a job of today not finished by now is still
 * started; a job ended minutes ago is not validated yet).
 */
export function buildHistory(input: HistoryInput): { plan: JobPlan; events: JobEvent[]; job: JobTimes } {
  const { ctx, slot, manager, site, lang, full } = input;
  const { rng } = ctx;
  let plan = input.plan;
  const returned = plan === 'completed' || plan === 'validated';
  const events: JobEvent[] = [];
  const push = (type: string, from: JobStatus | null, to: JobStatus | null, actor: Person, source: JobEvent['source'], at: number, data: Record<string, unknown> = {}) =>
    events.push({ type, from, to, actor: actor.id, source, at: Math.round(at / 1000) * 1000, data });
  const lead = input.repair ? rng.int(120, 3 * 24 * 60) : rng.int(2 * 24 * 60, 21 * 24 * 60);
  const createdAt =
    plan === 'pool_no_date'
      ? ctx.now - rng.int(60, 10 * 24 * 60) * MINUTE
      : Math.min(slot.plannedStart - lead * MINUTE, ctx.now - rng.int(60, 600) * MINUTE);
  push('created', null, 'created', input.creator, 'console', createdAt);

  const job: JobTimes = {
    plannedStart: plan === 'pool_no_date' ? null : slot.plannedStart,
    plannedEnd: plan === 'pool_no_date' ? null : slot.plannedEnd,
    actualStart: null,
    actualEnd: null,
    pausedAt: null,
    workedMs: 0,
    declineReason: null,
    declinedAt: null,
    proposedStart: null,
    cancelReason: null,
    validatedAt: null,
    validatedBy: null,
  };

  if (plan !== 'pool_no_date' && plan !== 'pool_no_technician') {
    // Each step leaves room for the next before the data's now: created ≤ now − 1 h, scheduled ≤ now − 30 min, synchronized ≤ now − 10 min.
    const scheduledAt = clamp(createdAt + rng.int(2, 240) * MINUTE, createdAt + MINUTE, Math.min(ctx.now - 30 * MINUTE, slot.plannedStart - 30 * MINUTE));
    const schedule = { plannedStart: iso(slot.plannedStart), plannedEnd: iso(slot.plannedEnd), managerId: manager.id };
    push('scheduled', 'created', plan === 'draft' ? 'draft' : 'scheduled', input.people.dispatcher, 'console', scheduledAt, schedule);

    if (plan === 'cancelled') {
      const until = Math.min(slot.plannedStart - 30 * MINUTE, ctx.now - MINUTE);
      job.cancelReason = rng.pick(cancelReasons[lang]);
      push('cancelled', 'scheduled', 'cancelled', input.people.dispatcher, 'console', clamp(scheduledAt + rng.next() * (until - scheduledAt), scheduledAt + MINUTE, until), { reason: job.cancelReason });
    } else if (plan !== 'draft' && plan !== 'scheduled') {
      const syncAt = clamp(slot.plannedStart - rng.int(15, 18 * 60) * MINUTE, scheduledAt + MINUTE, ctx.now - 10 * MINUTE);
      if (full) push('synchronized', 'scheduled', 'synchronized', manager, 'field', syncAt);
      const before: JobStatus = full ? 'synchronized' : 'scheduled';

      if (plan === 'declined') {
        job.declinedAt = clamp(syncAt + rng.int(5, 48 * 60) * MINUTE, syncAt + MINUTE, ctx.now - MINUTE);
        job.declineReason = rng.pick(declineReasons[manager.locale]);
        job.proposedStart = rng.chance(0.7) ? startOfUtcDay(slot.plannedStart) + rng.int(1, 7) * DAY + rng.pick([7, 8, 12, 13]) * 60 * MINUTE : null;
        push('declined', 'synchronized', 'created', manager, 'field', job.declinedAt, {
          reason: job.declineReason,
          proposedStart: job.proposedStart === null ? null : iso(job.proposedStart),
        });
      } else if (plan !== 'synchronized') {
        const latestStart = slot.dayOffset === 0 ? ctx.now - rng.int(2, 20) * MINUTE : Number.POSITIVE_INFINITY;
        const actualStart = clamp(slot.plannedStart + rng.int(-10, 35) * MINUTE, syncAt + MINUTE, latestStart);
        const workMs = Math.round(((slot.plannedEnd - slot.plannedStart) * rng.float(0.75, 1.3)) / 1000) * 1000;
        if (returned && slot.dayOffset === 0 && actualStart + workMs > ctx.now - 5 * MINUTE) plan = 'started';
        job.actualStart = actualStart;
        push('started', before, 'started', manager, 'field', actualStart, locationOf(rng, site));

        if (plan === 'started' || plan === 'paused') {
          const elapsed = ctx.now - actualStart;
          if (plan === 'paused') {
            job.pausedAt = Math.round((actualStart + elapsed * rng.float(0.4, 0.9)) / 1000) * 1000;
            job.workedMs = job.pausedAt - actualStart;
            push('paused', 'started', 'paused', manager, 'field', job.pausedAt);
          } else if (elapsed > 60 * MINUTE && rng.chance(0.3)) {
            const pausedAt = actualStart + Math.round(elapsed * rng.float(0.3, 0.5));
            push('paused', 'started', 'paused', manager, 'field', pausedAt);
            push('resumed', 'paused', 'started', manager, 'field', pausedAt + rng.int(5, 20) * MINUTE);
            job.workedMs = events[events.length - 2].at - actualStart;
          }
        } else {
          let pauseMs = 0;
          if (full && slot.dayOffset < 0 && workMs > 90 * MINUTE && rng.chance(0.3)) {
            const pausedAt = actualStart + Math.round(workMs * rng.float(0.3, 0.6));
            pauseMs = rng.int(15, 60) * MINUTE;
            push('paused', 'started', 'paused', manager, 'field', pausedAt);
            push('resumed', 'paused', 'started', manager, 'field', pausedAt + pauseMs);
          }
          job.actualEnd = actualStart + workMs + pauseMs;
          job.workedMs = workMs;
          push('completed', 'started', 'completed', manager, 'field', job.actualEnd, locationOf(rng, site));
          if (plan === 'validated') {
            const validatedAt = Math.min(job.actualEnd + rng.int(30, 3 * 24 * 60) * MINUTE, ctx.now - 5 * MINUTE);
            if (validatedAt > job.actualEnd + 5 * MINUTE) {
              const validator = rng.chance(0.85) ? input.people.dispatcher : input.people.admin;
              job.validatedAt = validatedAt;
              job.validatedBy = validator.id;
              push('validated', 'completed', 'validated', validator, 'console', validatedAt);
            } else {
              plan = 'completed';
            }
          }
        }
      }
    }
  }
  return { plan, events, job };
}

/** Bounded, and on whole seconds like every time the API writes. */
function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(value, min), Math.max(min, max)) / 1000) * 1000;
}

function locationOf(rng: SeedContext['rng'], site: SiteRef): Record<string, unknown> {
  return {
    location: {
      latitude: Math.round((site.latitude + rng.float(-0.0005, 0.0005)) * 1e5) / 1e5,
      longitude: Math.round((site.longitude + rng.float(-0.0005, 0.0005)) * 1e5) / 1e5,
    },
  };
}
