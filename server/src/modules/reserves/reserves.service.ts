import { sql, type Kysely, type Selectable } from 'kysely';
import type { ReserveBulkInput, ReserveBulkResult, ReserveDetail, ReservePatch, ReserveStatus } from '@contract';
import type { z } from 'zod';
import type { Database, ReservesTable } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { timeOrderedId } from '../../shared/ids';
import { diff } from '../../shared/diff';
import { AppError, businessRule, notFound } from '../../shared/errors';
import { versionMismatch } from '../../shared/versioning';
import { writeJobEvent } from '../job-lifecycle';
import { loadReserveDetail } from './reserve-detail.repository';

type Db = Kysely<Database>;
type ReserveRow = Selectable<ReservesTable>;
interface Change {
  status?: ReserveStatus;
  comment?: string;
  assigneeId?: string | null;
}

/** An unresolved reserve counts in jobs.open_reserves (same rule as the technician side). */
const openDelta = (from: ReserveStatus, to: ReserveStatus) => (to === 'unresolved' ? 1 : 0) - (from === 'unresolved' ? 1 : 0);

/** PATCH: status, comment and/or assignee of the version the caller saw (412 otherwise). */
export async function patchReserve(
  db: Db,
  id: string,
  patch: z.output<typeof ReservePatch>,
  expectedVersion: number,
  actor: Actor | null,
): Promise<ReserveDetail> {
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const before = await trx.selectFrom('reserves').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('This reserve');
    if (before.version !== expectedVersion) throw versionMismatch(before.version);
    if (patch.assigneeId) await checkAssignee(trx, patch.assigneeId);
    const written = await applyChange(uow, before, patch, actor, nowIso());
    if (written === 'conflict') throw versionMismatch(await currentVersion(trx, id));
    if (written) announce(uow, written);
  });
  return (await loadReserveDetail(db, id))!;
}

/**
 * Bulk: applied to each reserve's current state (no If-Match). A reserve changed by someone else
 * between its read and its write is left alone and reported in `conflicts`.
 */
export async function bulkUpdateReserves(db: Db, input: z.output<typeof ReserveBulkInput>, actor: Actor | null): Promise<ReserveBulkResult> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    if (input.assigneeId) await checkAssignee(trx, input.assigneeId);
    const rows = await trx.selectFrom('reserves').selectAll().where('id', 'in', input.ids).execute();
    const missing = input.ids.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length > 0) throw new AppError(404, 'not_found', 'Some reserves were not found.', { ids: missing });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const at = nowIso();
    const announced: Written[] = [];
    const conflicts: ReserveBulkResult['conflicts'] = [];
    for (const id of input.ids) {
      const written = await applyChange(uow, byId.get(id)!, input, actor, at);
      if (written === 'conflict') conflicts.push({ id, currentVersion: await currentVersion(trx, id) });
      else if (written) announced.push(written);
    }
    for (const written of announced) announce(uow, written);
    return { updated: announced.length, conflicts };
  });
}

/** An assignee triages reserves: an active supervisor or administrator. */
async function checkAssignee(trx: Db, userId: string): Promise<void> {
  const user = await trx.selectFrom('users').select(['role', 'isActive']).where('id', '=', userId).executeTakeFirst();
  if (!user || user.isActive !== 1 || (user.role !== 'supervisor' && user.role !== 'admin')) {
    throw businessRule('invalid_assignee', 'Reserves can only be assigned to an active supervisor or administrator.', { field: 'assigneeId' });
  }
}

async function currentVersion(trx: Db, id: string): Promise<number> {
  return (await trx.selectFrom('reserves').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
}

interface Written {
  reserve: ReserveRow;
  jobNumber: string;
}

/**
 * Writes one reserve's change: the row (only if still at the version read), its history events,
 * jobs.open_reserves, the job's history line for a status change and one audit row.
 * Nothing to change (same status, same assignee, no comment) → null, nothing written.
 */
async function applyChange(uow: UnitOfWork, before: ReserveRow, change: Change, actor: Actor | null, at: string): Promise<Written | null | 'conflict'> {
  const status = change.status ?? before.status;
  const assigneeId = change.assigneeId === undefined ? before.assigneeId : change.assigneeId;
  const statusChanged = status !== before.status;
  const assigneeChanged = assigneeId !== before.assigneeId;
  if (!statusChanged && !assigneeChanged && !change.comment) return null;
  const { trx } = uow;

  const wasClosed = before.status !== 'unresolved';
  const resolvedAt = status === 'unresolved' ? null : wasClosed ? (before.resolvedAt ?? at) : at;
  const updated = await trx
    .updateTable('reserves')
    .set({ status, assigneeId, resolvedAt, updatedAt: at, version: before.version + 1 })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!updated) return 'conflict';

  const actorId = actor?.id ?? null;
  const comment = change.comment ?? null;
  const event = (type: string, values: { fromStatus?: ReserveStatus; toStatus?: ReserveStatus; comment?: string | null; data?: object }) =>
    trx
      .insertInto('reserveEvents')
      .values({
        id: timeOrderedId(),
        reserveId: before.id,
        type,
        fromStatus: values.fromStatus ?? null,
        toStatus: values.toStatus ?? null,
        comment: values.comment ?? null,
        data: JSON.stringify(values.data ?? {}),
        actorId,
        occurredAt: at,
      })
      .execute();
  // The comment explains the status change when there is one; otherwise it stands alone.
  if (statusChanged) await event('status_changed', { fromStatus: before.status, toStatus: status, comment });
  else if (comment) await event('commented', { comment });
  if (assigneeChanged) await event('assigned', { data: { assigneeId, previousAssigneeId: before.assigneeId } });

  const delta = openDelta(before.status, status);
  if (delta !== 0) {
    await trx
      .updateTable('jobs')
      .set({ openReserves: sql<number>`open_reserves + ${delta}` })
      .where('id', '=', before.jobId)
      .execute();
  }
  if (statusChanged) {
    await writeJobEvent(trx, {
      jobId: before.jobId,
      type: 'reserve_updated',
      actorId,
      source: 'console',
      data: { reserveId: before.id, fieldLabel: before.fieldLabel, status },
      occurredAt: at,
    });
  }
  uow.audit({
    actor,
    action: 'triage',
    entityType: 'reserve',
    entityId: before.id,
    changes: {
      ...diff({ status: before.status, assigneeId: before.assigneeId }, { status, assigneeId }),
      ...(comment ? { comment: { before: null, after: comment } } : {}),
    },
  });
  const job = await trx.selectFrom('jobs').select('number').where('id', '=', before.jobId).executeTakeFirstOrThrow();
  return { reserve: updated, jobNumber: job.number };
}

/** The live event of a reserve's change. */
function announce(uow: UnitOfWork, { reserve, jobNumber }: Written): void {
  uow.publish('reserve.updated', {
    reserveId: reserve.id,
    jobId: reserve.jobId,
    jobNumber,
    number: jobNumber,
    status: reserve.status,
    version: reserve.version,
  });
}
