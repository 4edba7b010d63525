import { JobListPageActions } from './jobs.actions';
import { type JobQuery, defaultJobQuery } from './job-query';

/** What the user changed, applied to the query in the URL (the store follows the URL, not the reverse). */
export function nextQuery(
  current: JobQuery,
  action: ReturnType<
    | typeof JobListPageActions.filtersChanged
    | typeof JobListPageActions.viewChosen
    | typeof JobListPageActions.sortChanged
    | typeof JobListPageActions.filtersCleared
  >,
): JobQuery {
  switch (action.type) {
    case JobListPageActions.filtersChanged.type:
      return { ...current, ...action.changes };
    case JobListPageActions.viewChosen.type:
      return { ...current, view: action.view, sort: null, dir: null };
    case JobListPageActions.sortChanged.type:
      return { ...current, sort: action.sort, dir: action.sort ? action.dir : null };
    default:
      return defaultJobQuery;
  }
}
