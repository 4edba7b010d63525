import type { Kysely } from 'kysely';
import type { JobOverlap, JobOverlaps, JobOverlapsQuery } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { overlappingJobs, teamsOf } from './jobs-board.repository';

type OverlapsQuery = z.output<typeof JobOverlapsQuery>;

/**
 * The job form's warning: for each technician asked about, their other jobs (not cancelled)
 * whose planned time overlaps [start, end), by start time. A job touching the slot end to end
 * (one ends when the other starts) does not overlap.
 */
export async function findOverlaps(db: Kysely<Database>, query: OverlapsQuery): Promise<JobOverlaps> {
  let candidates = overlappingJobs(db, query.start, query.end).select(['jobs.id', 'jobs.number', 'jobs.plannedStart', 'jobs.plannedEnd', 'jobs.managerId']);
  if (query.excludeJobId) candidates = candidates.where('jobs.id', '<>', query.excludeJobId);
  const jobs = await candidates.execute();
  if (jobs.length === 0) return { overlaps: [] };

  const asked = [...new Set(query.technicianIds)];
  const names = new Map(
    (await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', asked).execute()).map((u) => [u.id, u.displayName]),
  );
  const teams = await teamsOf(db, jobs.map((j) => j.id));
  const overlaps: JobOverlap[] = [];
  for (const job of jobs) {
    const members = new Set([...(teams.get(job.id) ?? []).map((t) => t.userId), ...(job.managerId ? [job.managerId] : [])]);
    for (const technicianId of asked) {
      if (!members.has(technicianId) || !names.has(technicianId)) continue;
      overlaps.push({
        technicianId,
        technicianName: names.get(technicianId)!,
        jobId: job.id,
        number: job.number,
        plannedStart: job.plannedStart!,
        plannedEnd: job.plannedEnd!,
      });
    }
  }
  overlaps.sort((a, b) => a.plannedStart.localeCompare(b.plannedStart) || a.technicianName.localeCompare(b.technicianName) || a.jobId.localeCompare(b.jobId));
  return { overlaps };
}
