import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const ReviewCountApiActions = createActionGroup({
  source: 'Review Count API',
  events: {
    loaded: props<{ count: number; takeBacksToCheck: number }>(),
    loadFailed: emptyProps(),
  },
});
