import type { Kysely } from 'kysely';
import { fromMilli, movementNoteCommentParam, type ResolveShortfallRequest, type StockShortfall } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { isPostgres } from '../../shared/dialect';
import { badRequest, conflict, notFound } from '../../shared/errors';
import { lockDepots } from './depot-locks.repository';
import { applyStockChanges } from './stock-levels';
import { movementNote, recordMovements } from './stock-movements.repository';
import { findShortfall } from './stock-shortfalls.repository';

/**
 * The office settles a stock shortfall once (contract/rules/stock-shortfalls.ts): one `adjustment`
 * movement of the missing quantity (out of the van, or out of the depot the parts came from, to
 * the job's customer), the line's settlement (how, who, when, note) and one audit row, in one
 * transaction. Only `taken_from_depot` changes a stock level: the van was floored at 0 by the job's
 * end and, the parts being fitted, holds what it should.
 */
export async function resolveShortfall(db: Kysely<Database>, id: string, request: ResolveShortfallRequest, actor: Actor | null): Promise<StockShortfall> {
  if (request.resolution === 'taken_from_depot' && !request.depotId) {
    throw badRequest('depot_required', 'Choose the depot the parts were taken from.', { issues: [{ in: 'body', path: 'depotId', message: 'Required' }] });
  }
  if (request.resolution !== 'taken_from_depot' && request.depotId) {
    throw badRequest('invalid_input', 'A depot is chosen only for parts taken from a depot.', { issues: [{ in: 'body', path: 'depotId', message: 'Only with taken_from_depot' }] });
  }
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    let read = trx
      .selectFrom('jobItems as l')
      .innerJoin('jobs as j', 'j.id', 'l.jobId')
      .select(['l.id', 'l.itemId', 'l.jobId', 'j.number', 'j.customerId', 'l.shortfallMilli', 'l.shortfallDepotId', 'l.settledAt', 'l.shortfallResolvedAt'])
      .where('l.id', '=', id);
    if (isPostgres(trx)) read = read.forUpdate('l');
    const line = await read.executeTakeFirst();
    if (!line || line.settledAt === null || Number(line.shortfallMilli) <= 0) throw notFound('This shortfall');
    if (line.shortfallResolvedAt !== null) {
      throw conflict('shortfall_already_resolved', 'This shortfall was already settled.', { resolvedAt: line.shortfallResolvedAt });
    }
    const now = nowIso();
    const source = request.resolution === 'taken_from_depot' ? request.depotId! : line.shortfallDepotId;
    if (request.resolution === 'taken_from_depot') {
      await lockDepots(trx, [source!]);
      await applyStockChanges(trx, [{ depotId: source!, itemId: line.itemId, deltaMilli: -Number(line.shortfallMilli) }], now);
    }
    const note = request.note || null;
    await recordMovements(
      trx,
      [
        {
          kind: 'adjustment',
          itemId: line.itemId,
          serialUnitId: null,
          quantity: fromMilli(line.shortfallMilli),
          fromDepotId: source,
          toDepotId: null,
          customerId: line.customerId,
          jobId: line.jobId,
          jobItemId: line.id,
          statusAfter: null,
          note: movementNote(`shortfall_settled_${request.resolution}`, { job: line.number, ...(note ? { [movementNoteCommentParam]: note } : {}) }),
          actorId: actor?.id ?? null,
        },
      ],
      now,
    );
    const settlement = {
      shortfallResolution: request.resolution,
      shortfallSourceDepotId: request.resolution === 'taken_from_depot' ? source : null,
      shortfallNote: note,
      shortfallResolvedAt: now,
      shortfallResolvedBy: actor?.id ?? null,
    };
    await trx.updateTable('jobItems').set(settlement).where('id', '=', line.id).execute();
    uow.audit({
      actor,
      action: 'resolve_shortfall',
      entityType: 'job_item',
      entityId: line.id,
      changes: {
        shortfallResolution: { before: null, after: request.resolution },
        shortfall: { before: null, after: fromMilli(line.shortfallMilli) },
        ...(settlement.shortfallSourceDepotId ? { sourceDepotId: { before: null, after: settlement.shortfallSourceDepotId } } : {}),
        ...(note ? { note: { before: null, after: note } } : {}),
      },
    });
  });
  return (await findShortfall(db, id))!;
}
