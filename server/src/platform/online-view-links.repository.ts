/**
 * A job's online-view link (issue 14): the job id plus an HMAC of (job id, generation) under the key
 * made by migration 0015. Here, below the modules, because the technician's job detail (field) and
 * the online-view module both need it.
 */
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** A job's link state; a job without a row has its first link, live and never opened. */
export interface OnlineViewLinkState {
  generation: number;
  revokedAt: string | null;
  lastOpenedAt: string | null;
}

const FIRST_LINK: OnlineViewLinkState = { generation: 0, revokedAt: null, lastOpenedAt: null };

export async function readLinkState(db: Kysely<Database>, jobId: string): Promise<OnlineViewLinkState> {
  const row = await db.selectFrom('jobOnlineViews').select(['generation', 'revokedAt', 'lastOpenedAt']).where('jobId', '=', jobId).executeTakeFirst();
  return row ? { ...row, generation: Number(row.generation) } : FIRST_LINK;
}

/** Writes the job's link state (insert or update), e.g. a revocation or a new generation. */
export async function writeLinkState(db: Kysely<Database>, jobId: string, state: OnlineViewLinkState, now: string): Promise<void> {
  await db
    .insertInto('jobOnlineViews')
    .values({ jobId, ...state, updatedAt: now })
    .onConflict((oc) => oc.column('jobId').doUpdateSet({ ...state, updatedAt: now }))
    .execute();
}

/** Notes an opening; `since` keeps it to one write per minute and link however often it is opened. */
export async function noteOpened(db: Kysely<Database>, jobId: string, now: string, since: string): Promise<void> {
  const updated = await db
    .updateTable('jobOnlineViews')
    .set({ lastOpenedAt: now })
    .where('jobId', '=', jobId)
    .where((eb) => eb.or([eb('lastOpenedAt', 'is', null), eb('lastOpenedAt', '<', since)]))
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await db.insertInto('jobOnlineViews').values({ jobId, ...FIRST_LINK, lastOpenedAt: now, updatedAt: now }).onConflict((oc) => oc.column('jobId').doNothing()).execute();
}

/** The key made by migration 0015; the links of every job are signed with it. */
async function linkKey(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('serverSecrets').select('value').where('name', '=', 'online_view_key').executeTakeFirstOrThrow();
  return row.value;
}

/** The secret part of a job's link: HMAC-SHA256 of (job, generation), 256 bits, URL-safe. */
async function linkToken(db: Kysely<Database>, jobId: string, generation: number): Promise<string> {
  return createHmac('sha256', await linkKey(db)).update(`${jobId}:${generation}`).digest('base64url');
}

/** The path of a job's current link (the public page's route). */
export async function onlineViewPath(db: Kysely<Database>, jobId: string, state?: OnlineViewLinkState): Promise<string> {
  const { generation } = state ?? (await readLinkState(db, jobId));
  return `/view/${jobId}/${await linkToken(db, jobId, generation)}`;
}

/** The absolute link of a job's online view, as the technician's app and the office share it. */
export async function onlineViewUrl(db: Kysely<Database>, publicUrl: string, jobId: string): Promise<string> {
  return `${publicUrl}${await onlineViewPath(db, jobId)}`;
}
