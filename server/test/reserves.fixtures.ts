import type { ReserveStatus } from '@contract';
import type { DbHandle } from '../src/db/create-db';
import type { FieldFixture } from './helpers/field';

/** Reserves written straight into the database, as the technician API leaves them (row, `raised` event, open count). */

type Db = DbHandle['db'];

export interface ReserveOptions {
  jobId?: string;
  customerId?: string;
  raisedBy?: string;
  status?: ReserveStatus;
  raisedAt?: string;
  resolvedAt?: string | null;
  fieldId?: string;
  fieldLabel?: string;
  familyLabel?: string;
  assigneeId?: string | null;
  description?: string;
}

export async function aReserve(db: Db, fx: FieldFixture, options: ReserveOptions = {}): Promise<string> {
  const id = crypto.randomUUID();
  const raisedAt = options.raisedAt ?? new Date().toISOString();
  const status = options.status ?? 'unresolved';
  const jobId = options.jobId ?? fx.job.id;
  await db
    .insertInto('reserves')
    .values({
      id,
      jobId,
      customerId: options.customerId ?? fx.customerId,
      templateId: fx.template.id,
      fieldId: options.fieldId ?? 'leak',
      fieldLabel: options.fieldLabel ?? 'Leak found?',
      familyLabel: options.familyLabel ?? 'Checks',
      status,
      description: options.description ?? 'Water under the boiler',
      raisedBy: options.raisedBy ?? fx.manager.user.id,
      raisedAt,
      assigneeId: options.assigneeId ?? null,
      followUpJobId: null,
      resolvedAt: options.resolvedAt === undefined ? (status === 'unresolved' ? null : raisedAt) : options.resolvedAt,
      updatedAt: raisedAt,
      version: 1,
    })
    .execute();
  await db
    .insertInto('reserveEvents')
    .values({ id: crypto.randomUUID(), reserveId: id, type: 'raised', fromStatus: null, toStatus: status, comment: null, data: '{}', actorId: options.raisedBy ?? fx.manager.user.id, occurredAt: raisedAt })
    .execute();
  if (status === 'unresolved') {
    const job = await db.selectFrom('jobs').select('openReserves').where('id', '=', jobId).executeTakeFirstOrThrow();
    await db.updateTable('jobs').set({ openReserves: job.openReserves + 1 }).where('id', '=', jobId).execute();
  }
  return id;
}

export const hoursAgo = (h: number, from = Date.now()) => new Date(from - h * 3_600_000).toISOString();
export const daysAgo = (d: number, from = Date.now()) => hoursAgo(d * 24, from);
