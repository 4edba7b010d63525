import { z } from 'zod';
import { CursorPageQuery, Id, IsoDateTime, Role, pageOf } from './common';

export const AuditChange = z.object({ before: z.unknown(), after: z.unknown() });
export type AuditChange = z.infer<typeof AuditChange>;

export const AuditEntry = z.object({
  id: Id,
  occurredAt: IsoDateTime,
  actor: z.object({ id: Id, displayName: z.string() }).nullable().describe('Null for the system'),
  actorRole: Role.nullable().describe('The role the actor had at the time'),
  actorIp: z.string().nullable(),
  action: z.string().describe('create | update | deactivate | sign_in | …'),
  entityType: z.string().describe('customer | user | settings | report_template | device_token | …'),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), AuditChange).describe('{ field: { before, after } }'),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditListQuery = CursorPageQuery
  .extend({
    actorId: Id.optional(),
    entityType: z.string().trim().min(1).max(64).regex(/^[a-z_]+$/, 'Invalid characters found').optional(),
    entityId: Id.optional(),
    from: IsoDateTime.optional().describe('Inclusive'),
    to: IsoDateTime.optional().describe('Exclusive'),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: '`from` must be before `to`', path: ['to'] });
export type AuditListQuery = z.input<typeof AuditListQuery>;
