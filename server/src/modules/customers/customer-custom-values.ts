import type { Kysely } from 'kysely';
import type { CustomFieldDefinition } from '@contract';
import type { Database } from '../../db/database';
import { invalidInput } from '../../shared/errors';

/** One row per stored value (migration 0008): what the list filters through its (key, value) index. */
interface CustomerCustomValuesTable {
  customerId: string;
  key: string;
  value: string;
}
export type WithCustomValues = Database & { customerCustomValues: CustomerCustomValuesTable };
export const withCustomValues = (db: Kysely<Database>) => db as unknown as Kysely<WithCustomValues>;

/** The text a value is filtered by: `true`/`false` for a checkbox, the number or text as written. */
export function filterText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** Replaces the customer's rows by its current values; called in the transaction that stores them. */
export async function syncCustomValues(trx: Kysely<Database>, customerId: string, values: Record<string, unknown>): Promise<void> {
  const db = withCustomValues(trx);
  await db.deleteFrom('customerCustomValues').where('customerId', '=', customerId).execute();
  const rows = Object.entries(values).flatMap(([key, value]) => {
    const text = filterText(value);
    return text === null ? [] : [{ customerId, key, value: text }];
  });
  if (rows.length > 0) await db.insertInto('customerCustomValues').values(rows).execute();
}

/** `cf.<key>` must name an active customer field; a checkbox is filtered by `true` or `false`. */
export function checkFilters(filters: Record<string, string>, active: CustomFieldDefinition[]): void {
  const byKey = new Map(active.map((d) => [d.key, d]));
  const issues = Object.entries(filters).flatMap(([key, value]) => {
    const definition = byKey.get(key);
    if (!definition) return [{ in: 'querystring', path: `cf.${key}`, message: 'Not an active customer custom field' }];
    if (definition.type === 'checkbox' && value !== 'true' && value !== 'false') {
      return [{ in: 'querystring', path: `cf.${key}`, message: 'Expected true or false' }];
    }
    return [];
  });
  if (issues.length > 0) throw invalidInput(issues);
}

/** Fastify reads `?cf.region=north` as a `cf.region` key: grouped here into `cf: { region: 'north' }`. */
export function groupCustomFieldParams(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  const grouped: Record<string, unknown> = {};
  const cf: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    if (name.startsWith('cf.')) cf[name.slice(3)] = value;
    else grouped[name] = value;
  }
  if (Object.keys(cf).length > 0) grouped['cf'] = cf;
  return grouped;
}
