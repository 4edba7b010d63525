import { exhaustMap, switchMap } from 'rxjs';
import { apiProblem, notice, notifyEffect } from '../../../core/notifications/notify-effect';
import { apiEffect } from '../../../shared/data/api-effect';
import { OnlineViewApi } from './online-view-api';
import { OnlineViewApiActions, OnlineViewCardActions } from './online-view.actions';

/** switchMap: showing another job replaces a load still under way. */
export const loadOnlineView = apiEffect(OnlineViewApi, switchMap, {
  on: [OnlineViewCardActions.shown],
  call: (api, { jobId }) => api.get(jobId),
  succeeded: (view, { jobId }) => OnlineViewApiActions.loaded({ jobId, view }),
  failed: (error, { jobId }) => OnlineViewApiActions.loadFailed({ jobId, error }),
});

/** exhaustMap: a second click while one command runs is ignored. */
export const runOnlineViewCommand = apiEffect(OnlineViewApi, exhaustMap, {
  on: [OnlineViewCardActions.commandConfirmed],
  call: (api, { jobId, command }) => (command === 'revoke' ? api.revoke(jobId) : api.reissue(jobId)),
  succeeded: (view, { jobId, command }) => OnlineViewApiActions.commandSucceeded({ jobId, command, view }),
  failed: (error, { jobId, command }) => OnlineViewApiActions.commandFailed({ jobId, command, error }),
});

export const announceOnlineView = notifyEffect(
  notice(OnlineViewApiActions.commandSucceeded, ({ command }) => ({ key: `jobDetail.onlineView.done.${command}` })),
  notice(OnlineViewApiActions.commandFailed, apiProblem),
  notice(OnlineViewCardActions.linkCopied, ({ ok }) => ({ key: ok ? 'jobDetail.onlineView.copied' : 'jobDetail.onlineView.copyFailed' })),
);
