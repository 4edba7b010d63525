import { sql, type Kysely } from 'kysely';
import type { AuditEntry, AuditListQuery, Page } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { decodeCursor, keysetPage } from '../../shared/cursor';

type ListQuery = z.output<typeof AuditListQuery>;

/**
 * Newest first, keyset on (occurred_at, id). Each filter combination reads one index range:
 * audit_actor_occurred_id, audit_entity_occurred_id, audit_type_occurred_id or audit_occurred.
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
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
    page = page.where(sql<boolean>`(${sql.ref('auditLog.occurredAt')}, ${sql.ref('auditLog.id')}) < (${at}, ${id})`);
  }
  const rows = await page
    .orderBy('auditLog.occurredAt', 'desc')
    .orderBy('auditLog.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const { items, nextCursor } = keysetPage(rows, query.limit, (last) => [last.occurredAt, last.id]);
  const counted = await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
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
    total: Number(counted.n),
    nextCursor,
  };
}
