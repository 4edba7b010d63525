import { z } from 'zod';
import { Id, IsoDateTime } from './common';

export * from './rules/online-view';
import { onlineViewStates } from './rules/online-view';

/**
 * A job's online view: a read-only page of the job that the customer opens from a link, without
 * signing in (step 2.8 of the source). GET /api/jobs/{id}/online-view, and the answer of revoke / reissue.
 */
export const OnlineView = z.object({
  url: z.string().describe('Absolute link (PUBLIC_URL); works while state is active'),
  state: z.enum(onlineViewStates).describe('active, revoked by the office, or expired (days after the job was validated or cancelled)'),
  expiresAt: IsoDateTime.nullable().describe('When it stops working; null while the job is not validated or cancelled'),
  lastOpenedAt: IsoDateTime.nullable().describe('Last time someone opened it (to the minute)'),
  revokedAt: IsoDateTime.nullable(),
});
export type OnlineView = z.infer<typeof OnlineView>;

export const OnlineViewParams = z.strictObject({ id: Id });
export type OnlineViewParams = z.infer<typeof OnlineViewParams>;

/** The public page's address: /view/{jobId}/{token}; anything malformed is the same 404 as a wrong token. */
export const OnlineViewPageParams = z.object({ jobId: z.string(), token: z.string() });
export const OnlineViewPageQuery = z.object({ lang: z.string().optional() });
