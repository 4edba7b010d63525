import type { User } from '@contract';
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
  },
});

/** The grid reads its blocks itself (keyset pages past the store): only totals and failures come back. */
export const AuditApiActions = createActionGroup({
  source: 'Audit API',
  events: {
    blockLoaded: props<{ total: number }>(),
    blockFailed: props<{ error: ApiErrorInfo }>(),
    peopleLoaded: props<{ people: User[] }>(),
    peopleLoadFailed: emptyProps(),
  },
});
