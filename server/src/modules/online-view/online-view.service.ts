import type { Kysely } from 'kysely';
import type { OnlineView, OnlineViewState } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso, MINUTE } from '../../shared/clock';
import { notFound } from '../../shared/errors';
import { findJobRow } from '../jobs';
import { lockJob } from '../job-lifecycle';
import { settingsFor } from '../settings';
import { noteOpened, onlineViewPath, readLinkState, writeLinkState, type OnlineViewLinkState } from '../../platform/online-view-links.repository';
import { safeEqual } from '../../platform/secrets';
import { closedAt } from './online-view.repository';

const DAY = 24 * 60 * MINUTE;

/** What the job page shows of the link: the link, whether it works, until when, last opened. */
export async function describeOnlineView(db: Kysely<Database>, publicUrl: string, jobId: string, now = Date.now()): Promise<OnlineView> {
  const current = await currentLink(db, jobId, now);
  if (!current) throw notFound('This job');
  return { ...current.view, url: `${publicUrl}${current.view.url}` };
}

/** The job's link state and its view (url relative); null when there is no such job. */
async function currentLink(db: Kysely<Database>, jobId: string, now: number): Promise<{ link: OnlineViewLinkState; view: OnlineView } | null> {
  const job = await findJobRow(db, jobId);
  if (!job) return null;
  const [link, closed, settings] = await Promise.all([readLinkState(db, jobId), closedAt(db, job), settingsFor(db)]);
  const expiresAt = closed ? new Date(Date.parse(closed) + settings.onlineViewDays * DAY).toISOString() : null;
  const state: OnlineViewState = link.revokedAt ? 'revoked' : expiresAt && Date.parse(expiresAt) <= now ? 'expired' : 'active';
  const url = await onlineViewPath(db, jobId, link);
  return { link, view: { url, state, expiresAt, lastOpenedAt: link.lastOpenedAt, revokedAt: link.revokedAt } };
}

/** The office stops the link (audited); opening it then answers 404 until a new one is issued. */
export async function revokeOnlineView(db: Kysely<Database>, publicUrl: string, jobId: string, actor: Actor | null): Promise<OnlineView> {
  await inUnitOfWork(db, async (uow) => {
    await lockJob(uow, jobId);
    const link = await readLinkState(uow.trx, jobId);
    const revokedAt = link.revokedAt ?? nowIso();
    await writeLinkState(uow.trx, jobId, { ...link, revokedAt }, nowIso());
    uow.audit({ actor, action: 'online_view_revoke', entityType: 'job', entityId: jobId, changes: { onlineView: { before: link.revokedAt ? 'revoked' : 'active', after: 'revoked' } } });
  });
  return describeOnlineView(db, publicUrl, jobId);
}

/**
 * The office issues a new link (audited): the generation goes up, so every earlier link of the job
 * stops working, and the new one works (again) whatever happened to the old.
 */
export async function reissueOnlineView(db: Kysely<Database>, publicUrl: string, jobId: string, actor: Actor | null): Promise<OnlineView> {
  await inUnitOfWork(db, async (uow) => {
    await lockJob(uow, jobId);
    const link = await readLinkState(uow.trx, jobId);
    await writeLinkState(uow.trx, jobId, { generation: link.generation + 1, revokedAt: null, lastOpenedAt: null }, nowIso());
    uow.audit({ actor, action: 'online_view_reissue', entityType: 'job', entityId: jobId, changes: { onlineViewGeneration: { before: link.generation, after: link.generation + 1 } } });
  });
  return describeOnlineView(db, publicUrl, jobId);
}

/**
 * Whether `token` opens the job's online view now: the job exists, the token is its current link,
 * not revoked, not expired. Notes the opening (to the minute). Any "no" is the same answer, so a
 * caller learns nothing about which job ids exist.
 */
export async function openOnlineView(db: Kysely<Database>, jobId: string, token: string, now = Date.now()): Promise<boolean> {
  const current = await currentLink(db, jobId, now);
  if (!current || current.view.state !== 'active') return false;
  // The current link's path was just signed for the view: compare against it rather than sign again.
  if (!safeEqual(current.view.url, `/view/${jobId}/${token}`)) return false;
  await noteOpened(db, jobId, new Date(now).toISOString(), new Date(now - MINUTE).toISOString());
  return true;
}
