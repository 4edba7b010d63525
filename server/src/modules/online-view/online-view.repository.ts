import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

/** When the job stopped needing its link: validated, or cancelled (the last cancellation); else null. */
export async function closedAt(db: Kysely<Database>, job: { id: string; status: string; validatedAt: string | null }): Promise<string | null> {
  if (job.status === 'validated') return job.validatedAt;
  if (job.status !== 'cancelled') return null;
  const event = await db
    .selectFrom('jobEvents')
    .select('occurredAt')
    .where('jobId', '=', job.id)
    .where('toStatus', '=', 'cancelled')
    .orderBy('occurredAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  return event?.occurredAt ?? null;
}

/** The job's contact as the online view shows it (mobile first), or null. */
export async function jobContact(db: Kysely<Database>, jobId: string): Promise<{ name: string; phone: string | null; email: string | null } | null> {
  const row = await db
    .selectFrom('jobs')
    .innerJoin('contacts', 'contacts.id', 'jobs.contactId')
    .select(['contacts.name', 'contacts.phone', 'contacts.mobile', 'contacts.email'])
    .where('jobs.id', '=', jobId)
    .executeTakeFirst();
  return row ? { name: row.name, phone: row.mobile ?? row.phone, email: row.email } : null;
}
