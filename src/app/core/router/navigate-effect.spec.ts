import type { Router } from '@angular/router';
import type { Actions } from '@ngrx/effects';
import { createAction, props } from '@ngrx/store';
import { of } from 'rxjs';
import { navigateEffect, route } from './navigate-effect';

const opened = createAction('[Thing List Page] opened', props<{ id: string }>());
const filtered = createAction('[Thing List Page] filtered', props<{ q: string }>());
const other = createAction('[Thing List Page] other');

describe('navigateEffect', () => {
  it('goes where the row of each action leads, with the extras when a row gives them', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    const navigate = navigateEffect(
      route(opened, ({ id }) => ['/things', id]),
      route(filtered, ({ q }) => ({ commands: ['/things'], extras: { queryParams: { q } } })),
    );
    navigate(of(opened({ id: 't-1' }), other(), filtered({ q: 'pump' })) as Actions, router).subscribe();
    expect(router.navigate.calls.allArgs()).toEqual([[['/things', 't-1']], [['/things'], { queryParams: { q: 'pump' } }]]);
  });
});
