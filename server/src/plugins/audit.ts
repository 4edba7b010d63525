import type { FastifyRequest } from 'fastify';
import type { AuditAction, AuditEntityType } from '@contract/rules';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { nowIso } from '../shared/clock';
import type { Changes } from '../shared/diff';

export interface Actor {
  id: string;
  role: string;
  ip: string | null;
}

export interface AuditEntry {
  actor: Actor | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  changes?: Changes;
}

/** Writes one audit row; only the unit of work calls it (`uow.audit`), in the transaction of the change. */
export async function writeAudit(trx: Kysely<Database>, entry: AuditEntry, occurredAt = nowIso()): Promise<void> {
  await trx
    .insertInto('auditLog')
    .values({
      id: crypto.randomUUID(),
      occurredAt,
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      actorIp: entry.actor?.ip ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: JSON.stringify(entry.changes ?? {}),
    })
    .execute();
}

export function actorOf(request: FastifyRequest): Actor | null {
  const p = request.principal;
  return p ? { id: p.user.id, role: p.role, ip: request.ip } : null;
}

