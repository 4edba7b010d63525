import type { JobStatus } from '@contract';
import type { Catalog, CustomerRef, Depots, InstalledUnit, JobTypeRef, People, Person, SeedContext, SerialNumbers } from '../context';
import { MINUTE, iso } from '../clock';
import { airConditioningBrands, boilerBrands, fill, jobDescriptions } from '../data/phrases';
import { photo, signatureDataUrl } from '../../../../../demo/png';
import { Rng } from '../../../../../demo/random';
import { jobSearchText } from '../../../platform/job-search';
import type { DetailShared } from './detail-types';
import { addJobDetails } from './job-details';
import { buildHistory } from './job-history';
import { Planner, detailCutoff, planCalendar, slots, type JobPlan, type Slot } from './job-plan';

const FLUSH_EVERY = 5_000;
/** Distinct site photos: a job shows one to three, a gallery rarely the same twice. */
const PHOTOS = 96;

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
    photos: Array.from({ length: PHOTOS }, () => photo(rng)),
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

    const history = buildHistory({
      ctx,
      people: input.people,
      slot,
      plan,
      creator,
      manager,
      site,
      lang,
      full,
      repair: type.code === 'repair',
    });
    const { events, job } = history;
    plan = history.plan;

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
      searchText: jobSearchText({ number, description, customerName: customer.name, city: site.city }),
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

function optionalIso(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}
