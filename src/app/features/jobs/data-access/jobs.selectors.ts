import { createSelector } from '@ngrx/store';
import { pathOf, selectQueryParams, selectUrl } from '../../../core/router/router.selectors';
import { jobsFeature } from './jobs.feature';
import { queryFromParams } from './job-query';

/** The grid query written in the address bar, or null when the jobs grid is not the page shown. */
export const selectListQueryFromUrl = createSelector(selectUrl, selectQueryParams, (url, params) =>
  pathOf(url) === '/jobs' ? queryFromParams(params ?? {}) : null,
);

export const selectListView = jobsFeature.selectListView;
export const selectQuery = jobsFeature.selectQuery;

export const selectDeclinedView = createSelector(jobsFeature.selectDeclined, jobsFeature.selectReschedulingId, (declined, reschedulingId) => ({
  ...declined,
  reschedulingId,
  isEmpty: declined.callState === 'loaded' && declined.items.length === 0,
  hasMore: declined.nextCursor !== null,
}));

export const selectTechnicianOptions = jobsFeature.selectTechnicianOptions;
export const selectCustomerOptions = jobsFeature.selectCustomerOptions;
export const selectCustomerNames = jobsFeature.selectCustomerNames;
