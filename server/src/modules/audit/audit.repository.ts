import { sql, type Kysely } from 'kysely';
import type { AuditEntry, AuditListQuery, Page } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { keysetPage } from '../../shared/cursor';
import { blockTotal, cappedCount, decodeCountedCursor } from '../../shared/list-total';

type ListQuery = z.output<typeof AuditListQuery>;

/**
 * Newest first, keyset on (occurred_at, id). Each filter combination reads one index range:
 * audit_actor_occurred_id, audit_entity_occurred_id, audit_type_occurred_id or audit_occurred
 * (an actor and a type together: audit_actor_type_occurred, migration 0021). The trail grows to
 * millions of rows: the first block counts at most TOTAL_CAP + 1 of them, and next blocks carry
 * that total in their cursor instead of counting again.
 */
export async function listAudit(db: Kysely<Database>, query: ListQuery): Promise<Page<AuditEntry>> {
  let filtered = db.selectFrom('auditLog');
  if (query.actorId) filtered = filtered.where('auditLog.actorId', '=', query.actorId);
  if (query.entityType) filtered = filtered.where('auditLog.entityType', '=', query.entityType);
  if (query.entityId) filtered = filtered.where('auditLog.entityId', '=', query.entityId);
  if (query.from) filtered = filtered.where('auditLog.occurredAt', '>=', query.from);
  if (query.to) filtered = filtered.where('auditLog.occurredAt', '<', query.to);

  let page = filtered
    .leftJoin('users', 'users.id', 'auditLog.actorId')
    .select([
      'auditLog.id',
      'auditLog.occurredAt',
      'auditLog.actorId',
      'auditLog.actorRole',
      'auditLog.actorIp',
      'auditLog.action',
      'auditLog.entityType',
      'auditLog.entityId',
      'auditLog.changes',
      'users.displayName',
    ]);
  const cursor = query.cursor ? decodeCountedCursor(query.cursor, ['string', 'string']) : undefined;
  if (cursor) {
    const [at, id] = cursor.key as [string, string];
    page = page.where(sql<boolean>`(${sql.ref('auditLog.occurredAt')}, ${sql.ref('auditLog.id')}) < (${at}, ${id})`);
  }
  const rows = await page
    .orderBy('auditLog.occurredAt', 'desc')
    .orderBy('auditLog.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const total = await blockTotal(cursor?.total, () => cappedCount(db, filtered));
  const { items, nextCursor } = keysetPage(rows, query.limit, (last) => [last.occurredAt, last.id, total]);
  return {
    items: items.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt,
      actor: r.actorId ? { id: r.actorId, displayName: r.displayName ?? '' } : null,
      actorRole: (r.actorRole as AuditEntry['actorRole']) ?? null,
      actorIp: r.actorIp,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      changes: JSON.parse(r.changes) as AuditEntry['changes'],
    })),
    total,
    nextCursor,
  };
}
