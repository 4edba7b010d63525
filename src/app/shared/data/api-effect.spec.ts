import { HttpErrorResponse } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type { Actions } from '@ngrx/effects';
import { createAction, props } from '@ngrx/store';
import { type Observable, of, switchMap, throwError } from 'rxjs';
import { apiEffect, callApi } from './api-effect';

const opened = createAction('[Thing Page] opened', props<{ id: string }>());
const loaded = createAction('[Things API] loaded', props<{ name: string }>());
const loadFailed = createAction('[Things API] load failed', props<{ id: string; error: unknown }>());

@Injectable()
class ThingsApi {
  get(id: string): Observable<{ name: string }> {
    return of({ name: id });
  }
}

const notFound = () => throwError(() => new HttpErrorResponse({ status: 404, error: { error: { code: 'not_found', message: 'No' } } }));

describe('callApi', () => {
  it('turns the answer into the success action and a failure into the failure action with the problem as data', () => {
    const out: unknown[] = [];
    callApi(of({ name: 'a' }), ({ name }) => loaded({ name }), (error) => loadFailed({ id: 'a', error })).subscribe((a) => out.push(a));
    callApi(notFound(), ({ name }: { name: string }) => loaded({ name }), (error) => loadFailed({ id: 'b', error })).subscribe((a) =>
      out.push(a),
    );
    expect(out).toEqual([loaded({ name: 'a' }), loadFailed({ id: 'b', error: { status: 404, code: 'not_found', message: 'No' } })]);
  });

  it('dispatches nothing for a failure when no failure action is given', () => {
    const out: unknown[] = [];
    callApi(notFound(), () => loaded({ name: 'x' })).subscribe({ next: (a) => out.push(a), error: fail });
    expect(out).toEqual([]);
  });
});

describe('apiEffect', () => {
  const loadThing = apiEffect(ThingsApi, switchMap, {
    on: [opened],
    call: (api, { id }) => api.get(id),
    succeeded: ({ name }) => loaded({ name }),
    failed: (error, { id }) => loadFailed({ id, error }),
  });

  it('calls the API for each action and goes on after a failure', () => {
    const api = jasmine.createSpyObj<ThingsApi>('ThingsApi', ['get']);
    api.get.and.returnValues(notFound(), of({ name: 'Second' }));
    const out: unknown[] = [];
    loadThing(of(opened({ id: 't-1' }), opened({ id: 't-2' })) as Actions, api).subscribe((a) => out.push(a));
    expect(api.get.calls.allArgs()).toEqual([['t-1'], ['t-2']]);
    expect(out).toEqual([
      loadFailed({ id: 't-1', error: { status: 404, code: 'not_found', message: 'No' } }),
      loaded({ name: 'Second' }),
    ]);
  });
});
