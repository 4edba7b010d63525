import { HttpClient, HttpParams } from '@angular/common/http';
import { inject } from '@angular/core';
import type { SerialUnitPage } from '@contract';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { EMPTY, catchError, debounceTime, map, switchMap } from 'rxjs';
import { SerialSearchActions } from './serial-search.state';

/** How many serials the box suggests, and from how many characters (fewer match too much to help). */
const SERIAL_SUGGESTIONS = 8;
const SERIAL_SUGGESTION_MIN_LENGTH = 2;

/** As the user types: the serials that start with it (the serial units' prefix search), the latest text only. */
export const suggestSerials = createEffect(
  (actions$ = inject(Actions), http = inject(HttpClient), debounceMs = 200) =>
    actions$.pipe(
      ofType(SerialSearchActions.typed),
      debounceTime(debounceMs),
      switchMap(({ text }) => {
        const serial = text.trim();
        if (serial.length < SERIAL_SUGGESTION_MIN_LENGTH) return EMPTY;
        const params = new HttpParams().set('serial', serial).set('limit', SERIAL_SUGGESTIONS);
        return http.get<SerialUnitPage>('/api/serial-units', { params }).pipe(
          map((page) => SerialSearchActions.suggestionsLoaded({ text, units: page.items })),
          // Suggestions are a help: without them the box still opens a serial on Enter.
          catchError(() => EMPTY),
        );
      }),
    ),
  { functional: true },
);
