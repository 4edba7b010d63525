import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database';
import { searchForm } from '../shared/text';

/** Words too common to narrow a search; a query drops them too, so they never make it miss. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
  'au', 'aux', 'avec', 'ce', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'par', 'pour', 'sur', 'un', 'une',
]);
const MAX_TERM_LENGTH = 40;

/**
 * The distinct search words of a text: accent-free, lower-cased, split on anything that is not a
 * letter or a digit ("chauffe-eau" → chauffe, eau), one-letter and stop words left out. Used for
 * the stored terms and for the words of a query alike.
 */
export function searchTermsOf(text: string): string[] {
  const words = searchForm(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w))
    .map((w) => w.slice(0, MAX_TERM_LENGTH));
  return [...new Set(words)];
}

/**
 * Replaces the stored search words of a job with those of its description. Call it in the
 * transaction that creates a job or changes its description (the number and the customer's name
 * are searched in their own indexes, so they need nothing here).
 */
export async function indexJobSearchTerms(
  trx: Transaction<Database> | Kysely<Database>,
  job: { id: string; description: string },
): Promise<void> {
  await trx.deleteFrom('jobSearchTerms').where('jobId', '=', job.id).execute();
  const rows = searchTermsOf(job.description).map((term) => ({ term, jobId: job.id }));
  if (rows.length > 0) await trx.insertInto('jobSearchTerms').values(rows).execute();
}
