import type { Kysely } from 'kysely';
import type { JobStatus } from '@contract';
import type { Database } from '../../db/database';

/** Ids per `in (…)` query: the board may read thousands of jobs, and drivers cap bound parameters. */
const CHUNK = 500;

export function chunks<T>(values: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

export const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/** The `name` of each row of `table` by id, read by primary key. */
export async function namesById(db: Kysely<Database>, table: 'customers' | 'reportTemplates', ids: string[]) {
  const names = new Map<string, string>();
  for (const part of chunks(ids)) {
    for (const r of await db.selectFrom(table).select(['id', 'name']).where('id', 'in', part).execute()) names.set(r.id, r.name);
  }
  return names;
}

async function citiesById(db: Kysely<Database>, ids: string[]) {
  const cities = new Map<string, string>();
  for (const part of chunks(ids)) {
    for (const s of await db.selectFrom('sites').select(['id', 'city']).where('id', 'in', part).execute()) cities.set(s.id, s.city);
  }
  return cities;
}

interface PlacedJobRow {
  customerId: string;
  siteId: string | null;
}

/**
 * Where each of these jobs takes place, as the grid and the board show it: the customer's name and
 * the site's city, read by primary key for all the rows at once (the list query stays on the jobs indexes).
 */
export async function placesOf(db: Kysely<Database>, rows: PlacedJobRow[]) {
  const customers = await namesById(db, 'customers', unique(rows.map((r) => r.customerId)));
  const cities = await citiesById(db, unique(rows.map((r) => r.siteId)));
  return (row: PlacedJobRow) => ({
    customerName: customers.get(row.customerId) ?? '',
    siteCity: row.siteId ? (cities.get(row.siteId) ?? null) : null,
  });
}

/** A job row's number, status and planned dates, the head of every list line of a job. */
export function jobHeading(row: { id: string; number: string; status: string; plannedStart: string | null; plannedEnd: string | null }) {
  return { id: row.id, number: row.number, status: row.status as JobStatus, plannedStart: row.plannedStart, plannedEnd: row.plannedEnd };
}
