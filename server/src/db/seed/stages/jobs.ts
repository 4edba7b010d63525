import type { JobStatus } from '@contract';
import type { Catalog, CustomerRef, Depots, InstalledUnit, JobTypeRef, People, Person, SeedContext, SerialNumbers, SiteRef } from '../context';
import { MINUTE, DAY, iso, startOfUtcDay } from '../clock';
import { airConditioningBrands, boilerBrands, cancelReasons, declineReasons, fill, jobDescriptions } from '../data/phrases';
import { signatureDataUrl } from '../png';
import { addJobDetails, type DetailShared } from './job-details';
import { Rng } from '../random';
import { Planner, detailCutoff, planCalendar, slots, type JobPlan, type Slot } from './job-plan';

const FLUSH_EVERY = 5_000;

export interface JobsInput {
  jobs: number;
  people: People;
  customers: CustomerRef[];
  jobTypes: JobTypeRef[];
  catalog: Catalog;
  depots: Depots;
  serials: SerialNumbers;
  installed: Map<string, InstalledUnit[]>;
}

export interface JobsResult {
  byStatus: Record<JobStatus, number>;
  /** Returned jobs with the full report, and the job number from which they start. */
  detailed: number;
  detailedFrom: string | null;
}

interface JobEvent {
  type: string;
  from: JobStatus | null;
  to: JobStatus | null;
  actor: string;
  source: 'console' | 'field';
  at: number;
  data: Record<string, unknown>;
}

const STATUS_OF: Record<JobPlan, JobStatus> = {
  validated: 'validated',
  completed: 'completed',
  cancelled: 'cancelled',
  started: 'started',
  paused: 'paused',
  scheduled: 'scheduled',
  synchronized: 'synchronized',
  draft: 'draft',
  pool_no_technician: 'created',
  pool_no_date: 'created',
  declined: 'created',
};

/**
 * Jobs in number order, generated and written a batch at a time (memory stays flat at a
 * million jobs). Every job gets its technicians and a history consistent with its status.
 * Only the most recent ~5,000 returned jobs get a full report (answers, reserves, photos,
 * signatures, parts and take-backs); older ones keep their status, times, technicians and a
 * short history (created, scheduled, started, completed, validated): a full report for a
 * million jobs would take hours to write and gigabytes to store, and nobody reviews them.
 */
export async function seedJobs(ctx: SeedContext, input: JobsInput): Promise<JobsResult> {
  const { rng } = ctx;
  const calendar = planCalendar(input.jobs, ctx.now);
  // Days, times and statuses draw from their own stream so that detailCutoff can replay them.
  const planSeed = (ctx.seed ^ 0x5eed5eed) >>> 0;
  const detailFrom = detailCutoff(calendar, planSeed, ctx.now);
  const planRng = new Rng(planSeed);
  const planner = new Planner(planRng, calendar, ctx.now);
  const shared: DetailShared = {
    ctx,
    people: input.people,
    catalog: input.catalog,
    depots: input.depots,
    serials: input.serials,
    installed: input.installed,
    signatures: Array.from({ length: 24 }, () => signatureDataUrl(rng)),
    reserveCount: { value: 0 },
  };
  const typeByCode = new Map(input.jobTypes.map((t) => [t.code, t]));
  const byStatus = Object.fromEntries(Object.values(STATUS_OF).map((s) => [s, 0])) as Record<JobStatus, number>;
  const busy = new Map<string, number>();
  let busyDay = Number.NaN;
  let detailed = 0;
  let detailedFrom: string | null = null;

  const chooseManager = (group: Person[], slot: Slot): Person => {
    const offset = rng.int(0, group.length - 1);
    for (let k = 0; k < group.length; k++) {
      const tech = group[(offset + k) % group.length];
      if ((busy.get(tech.id) ?? 0) <= slot.plannedStart - 30 * MINUTE) {
        busy.set(tech.id, slot.plannedEnd);
        return tech;
      }
    }
    return group[offset];
  };

  for (const slot of slots(calendar, planRng)) {
    if (slot.dayOffset !== busyDay) {
      busy.clear();
      busyDay = slot.dayOffset;
    }
    let plan = planner.planFor(slot);
    const customer = input.customers[Math.floor(input.customers.length * rng.next() ** 1.5)];
    const site = rng.pick(customer.sites);
    const contact = customer.contacts.find((c) => c.siteId === site.id) ?? customer.contacts[0];
    const type = typeByCode.get(slot.type) as JobTypeRef;
    const lang = customer.lang;
    const installedBoiler = input.installed.get(customer.id)?.find((u) => u.item.familyName.startsWith('Chaudières'));
    const brand =
      type.code === 'installation'
        ? rng.pick(airConditioningBrands)
        : (installedBoiler && boilerBrands.find((b) => installedBoiler.item.name.startsWith(b))) || rng.pick(boilerBrands);
    const description = fill(rng.pick(jobDescriptions[type.code][lang]), brand);
    const creator = rng.chance(0.85) ? input.people.dispatcher : input.people.admin;
    const id = ctx.ids.next();
    const number = `J-${String(slot.index + 1).padStart(6, '0')}`;
    const pooled = plan === 'pool_no_date' || plan === 'pool_no_technician' || plan === 'declined';
    const group = input.people.techniciansByLang[lang];
    const manager = chooseManager(group, slot);
    const auxiliaries = rng.sample(
      group.filter((t) => t !== manager),
      rng.weighted([[0, 75], [1, 20], [2, 5]] as const),
    );
    const returned = plan === 'completed' || plan === 'validated';
    const full = !returned || slot.index >= detailFrom;

    // --- the history, oldest first
    const events: JobEvent[] = [];
    const push = (type: string, from: JobStatus | null, to: JobStatus | null, actor: Person, source: JobEvent['source'], at: number, data: Record<string, unknown> = {}) =>
      events.push({ type, from, to, actor: actor.id, source, at: Math.round(at / 1000) * 1000, data });
    const lead = type.code === 'repair' ? rng.int(120, 3 * 24 * 60) : rng.int(2 * 24 * 60, 21 * 24 * 60);
    const createdAt =
      plan === 'pool_no_date'
        ? ctx.now - rng.int(60, 10 * 24 * 60) * MINUTE
        : Math.min(slot.plannedStart - lead * MINUTE, ctx.now - rng.int(10, 600) * MINUTE);
    push('created', null, 'created', creator, 'console', createdAt);

    const job = {
      plannedStart: plan === 'pool_no_date' ? null : slot.plannedStart,
      plannedEnd: plan === 'pool_no_date' ? null : slot.plannedEnd,
      actualStart: null as number | null,
      actualEnd: null as number | null,
      pausedAt: null as number | null,
      workedMs: 0,
      declineReason: null as string | null,
      declinedAt: null as number | null,
      proposedStart: null as number | null,
      cancelReason: null as string | null,
      validatedAt: null as number | null,
      validatedBy: null as string | null,
    };

    if (plan !== 'pool_no_date' && plan !== 'pool_no_technician') {
      const scheduledAt = clamp(createdAt + rng.int(2, 240) * MINUTE, createdAt + MINUTE, Math.min(ctx.now - MINUTE, slot.plannedStart - 30 * MINUTE));
      const schedule = { plannedStart: iso(slot.plannedStart), plannedEnd: iso(slot.plannedEnd), managerId: manager.id };
      push('scheduled', 'created', plan === 'draft' ? 'draft' : 'scheduled', input.people.dispatcher, 'console', scheduledAt, schedule);

      if (plan === 'cancelled') {
        const until = Math.min(slot.plannedStart - 30 * MINUTE, ctx.now - MINUTE);
        job.cancelReason = rng.pick(cancelReasons[lang]);
        push('cancelled', 'scheduled', 'cancelled', input.people.dispatcher, 'console', clamp(scheduledAt + rng.next() * (until - scheduledAt), scheduledAt + MINUTE, until), { reason: job.cancelReason });
      } else if (plan !== 'draft' && plan !== 'scheduled') {
        const syncAt = clamp(slot.plannedStart - rng.int(15, 18 * 60) * MINUTE, scheduledAt + MINUTE, ctx.now - MINUTE);
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

    // --- the report, for recent returned jobs and for jobs under way
    let openReserves = 0;
    let totalExclTaxCents = 0;
    const inProgress = plan === 'started' || plan === 'paused';
    if ((returned && full && (plan === 'completed' || plan === 'validated')) || inProgress) {
      const detail = addJobDetails(shared, {
        id,
        type,
        customer,
        siteId: site.id,
        contact,
        manager,
        auxiliaries,
        lang: manager.locale,
        startedAt: job.actualStart as number,
        endedAt: job.actualEnd ?? job.pausedAt ?? ctx.now - MINUTE,
        brand,
        returned: !inProgress,
      });
      openReserves = detail.openReserves;
      totalExclTaxCents = detail.totalExclTaxCents;
      if (!inProgress) {
        detailed++;
        detailedFrom ??= number;
      }
    }

    const status = STATUS_OF[plan];
    byStatus[status]++;
    const last = events[events.length - 1];
    ctx.writer.add('jobs', {
      id,
      number,
      seq: slot.index + 1,
      status,
      customerId: customer.id,
      siteId: site.id,
      contactId: contact.id,
      jobTypeId: type.id,
      templateId: type.template.id,
      templateVersion: 1,
      description,
      managerId: pooled ? null : manager.id,
      plannedStart: optionalIso(job.plannedStart),
      plannedEnd: optionalIso(job.plannedEnd),
      actualStart: optionalIso(job.actualStart),
      actualEnd: optionalIso(job.actualEnd),
      pausedAt: optionalIso(job.pausedAt),
      workedSeconds: Math.round(job.workedMs / 1000),
      declineReason: job.declineReason,
      declinedAt: optionalIso(job.declinedAt),
      proposedStart: optionalIso(job.proposedStart),
      cancelReason: job.cancelReason,
      completedAt: optionalIso(job.actualEnd),
      validatedAt: optionalIso(job.validatedAt),
      validatedBy: job.validatedBy,
      openReserves,
      totalExclTaxCents,
      currency: 'EUR',
      customFields: '{}',
      searchText: `${number} ${customer.name} ${description}`.toLowerCase(),
      createdBy: creator.id,
      createdFrom: 'console',
      createdAt: iso(events[0].at),
      updatedAt: iso(last.at),
      version: events.length,
    });
    if (!pooled) {
      ctx.writer.add('jobTechnicians', { jobId: id, userId: manager.id, role: 'manager' });
      for (const aux of auxiliaries) ctx.writer.add('jobTechnicians', { jobId: id, userId: aux.id, role: 'auxiliary' });
    }
    for (const e of events) {
      ctx.writer.add('jobEvents', {
        id: ctx.ids.next(),
        jobId: id,
        type: e.type,
        fromStatus: e.from,
        toStatus: e.to,
        actorId: e.actor,
        source: e.source,
        data: JSON.stringify(e.data),
        occurredAt: iso(e.at),
      });
    }

    if (ctx.writer.pendingRows >= FLUSH_EVERY) {
      await ctx.writer.flush();
      ctx.progress(slot.index + 1, input.jobs, 'jobs');
    }
  }
  await ctx.writer.flush();
  ctx.progress(input.jobs, input.jobs, 'jobs');
  return { byStatus, detailed, detailedFrom };
}

/** Bounded, and on whole seconds like every time the API writes. */
function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(value, min), Math.max(min, max)) / 1000) * 1000;
}

function optionalIso(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}

function locationOf(rng: SeedContext['rng'], site: SiteRef): Record<string, unknown> {
  return {
    location: {
      latitude: Math.round((site.latitude + rng.float(-0.0005, 0.0005)) * 1e5) / 1e5,
      longitude: Math.round((site.longitude + rng.float(-0.0005, 0.0005)) * 1e5) / 1e5,
    },
  };
}
