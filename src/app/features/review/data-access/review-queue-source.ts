import { Injectable, inject } from '@angular/core';
import type { ReviewQueueQuery } from '@contract';
import { Store } from '@ngrx/store';
import type { IDatasource } from 'ag-grid-community';
import { ReviewQueueGridActions } from './review.actions';
import { ReviewApi } from './review-api';
import { createReviewDatasource } from './review-datasource';

/**
 * The queue's rows stream past the store (the one exception to "pages never call an API"): the
 * page hands this datasource to the grid, and only the total and failures come back as actions.
 */
@Injectable({ providedIn: 'root' })
export class ReviewQueueSource {
  private readonly api = inject(ReviewApi);
  private readonly store = inject(Store);

  create(query: ReviewQueueQuery): IDatasource {
    return createReviewDatasource((q, limit, cursor) => this.api.queue(q, limit, cursor), query, {
      loaded: (total) => this.store.dispatch(ReviewQueueGridActions.blockLoaded({ total })),
      failed: (error) => this.store.dispatch(ReviewQueueGridActions.blockFailed({ error })),
    });
  }
}
