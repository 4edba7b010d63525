import type { AuditPage, User } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { AuditFilters } from './audit-filters';

export const AuditListPageActions = createActionGroup({
  source: 'Audit List Page',
  events: {
    opened: emptyProps(),
    filtersChanged: props<{ changes: Partial<AuditFilters> }>(),
    filtersCleared: emptyProps(),
    retried: emptyProps(),
    moreRequested: emptyProps(),
  },
});

export const AuditApiActions = createActionGroup({
  source: 'Audit API',
  events: {
    pageLoaded: props<{ page: AuditPage; append: boolean }>(),
    pageFailed: props<{ error: ApiErrorInfo }>(),
    peopleLoaded: props<{ people: User[] }>(),
    peopleLoadFailed: emptyProps(),
  },
});
