import type { OnlineView } from '@contract';
import { createActionGroup, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';

/** What the office does with a job's online-view link (job page). */
export type OnlineViewCommand = 'revoke' | 'reissue';

export const OnlineViewCardActions = createActionGroup({
  source: 'Online View Card',
  events: {
    shown: props<{ jobId: string }>(),
    commandConfirmed: props<{ jobId: string; command: OnlineViewCommand }>(),
    linkCopied: props<{ ok: boolean }>(),
  },
});

export const OnlineViewApiActions = createActionGroup({
  source: 'Online View API',
  events: {
    loaded: props<{ jobId: string; view: OnlineView }>(),
    loadFailed: props<{ jobId: string; error: ApiErrorInfo }>(),
    commandSucceeded: props<{ jobId: string; command: OnlineViewCommand; view: OnlineView }>(),
    commandFailed: props<{ jobId: string; command: OnlineViewCommand; error: ApiErrorInfo }>(),
  },
});
