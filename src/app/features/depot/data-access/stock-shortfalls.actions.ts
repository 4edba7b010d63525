import type { ResolveShortfallRequest, StockShortfall, StockShortfallPage } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { DepotChoice } from './stock-shortfalls.feature';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { ShortfallQuery } from './stock-shortfalls.feature';

export const StockShortfallsPageActions = createActionGroup({
  source: 'Stock Shortfalls Page',
  events: {
    opened: emptyProps(),
    queryChanged: props<{ query: ShortfallQuery }>(),
    moreRequested: emptyProps(),
    resolveSubmitted: props<{ id: string; request: ResolveShortfallRequest }>(),
  },
});

export const StockShortfallsApiActions = createActionGroup({
  source: 'Stock Shortfalls API',
  events: {
    pageLoaded: props<{ page: StockShortfallPage; append: boolean }>(),
    pageLoadFailed: props<{ error: ApiErrorInfo }>(),
    depotsLoaded: props<{ depots: DepotChoice[] }>(),
    resolved: props<{ shortfall: StockShortfall }>(),
    resolveFailed: props<{ id: string; error: ApiErrorInfo }>(),
  },
});
