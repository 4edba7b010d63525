import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { writeJobEvent } from '../job-lifecycle';
import { sameTeam, type JobTeam } from './jobs.repository';

interface Planning {
  plannedStart: string | null;
  plannedEnd: string | null;
}

/**
 * The history lines of a planning change, as the console shows them: `rescheduled` (new and
 * previous dates), `reassigned` (the new team) and `updated` naming the other fields changed.
 */
export async function writePlanningEvents(
  trx: Kysely<Database>,
  change: { jobId: string; actorId: string | null; before: Planning; after: Planning; beforeTeam: JobTeam; team: JobTeam; otherFields?: string[] },
): Promise<void> {
  const { jobId, actorId, before, after } = change;
  const common = { jobId, actorId, source: 'console' as const };
  if (before.plannedStart !== after.plannedStart || before.plannedEnd !== after.plannedEnd) {
    const data = { plannedStart: after.plannedStart, plannedEnd: after.plannedEnd, previousStart: before.plannedStart, previousEnd: before.plannedEnd };
    await writeJobEvent(trx, { ...common, type: 'rescheduled', data });
  }
  if (!sameTeam(change.beforeTeam, change.team)) {
    await writeJobEvent(trx, { ...common, type: 'reassigned', data: { managerId: change.team.managerId, auxiliaryIds: change.team.auxiliaryIds } });
  }
  if (change.otherFields && change.otherFields.length > 0) {
    await writeJobEvent(trx, { ...common, type: 'updated', data: { fields: change.otherFields } });
  }
}
