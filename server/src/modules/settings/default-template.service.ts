import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isPostgres } from '../../shared/dialect';
import { businessRule } from '../../shared/errors';

/**
 * A default template (global or per job type) must be published and not archived: 422
 * `template_not_published` otherwise. On PostgreSQL the template row stays locked until the
 * caller's transaction ends, so an archive running at the same time cannot slip in between.
 */
export async function assertUsableAsDefault(trx: Kysely<Database>, templateId: string): Promise<void> {
  let query = trx.selectFrom('reportTemplates').select('status').where('id', '=', templateId);
  if (isPostgres(trx)) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (row?.status !== 'published') {
    throw businessRule('template_not_published', 'Only a published template that is not archived can be a default.', {
      templateId,
      status: row?.status ?? null,
    });
  }
}
