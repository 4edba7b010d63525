import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { EMPTY, defer, filter, map, mergeMap, retry, switchMap, take, tap, timer } from 'rxjs';
import { ApiInterceptorActions, AuthApiActions } from '../auth/auth.actions';
import { DesktopNotifier } from '../notifications/desktop-notifier';
import { Notifier } from '../notifications/notifier';
import { LiveEventsActions } from './live-events.actions';
import { LiveEventsSource } from './live-events-source';
import { reserveAlertText } from './reserve-alert-text';

/** Listens while signed in (the source reconnects by itself); signing out or a lost session closes the stream. */
export const streamLiveEvents = createEffect(
  (actions$ = inject(Actions), source = inject(LiveEventsSource)) =>
    actions$.pipe(
      ofType(
        AuthApiActions.sessionRestored,
        AuthApiActions.signInSucceeded,
        AuthApiActions.signedOut,
        AuthApiActions.sessionMissing,
        ApiInterceptorActions.sessionExpired,
      ),
      switchMap((action) =>
        action.type === AuthApiActions.sessionRestored.type || action.type === AuthApiActions.signInSucceeded.type
          ? source.connect().pipe(
              retry({ delay: () => timer(15_000) }),
              map((message) =>
                message.kind === 'event'
                  ? LiveEventsActions.received({ event: message.event })
                  : LiveEventsActions.resynced(),
              ),
            )
          : defer(() => {
              source.forget();
              return EMPTY;
            }),
      ),
    ),
  { functional: true },
);

/** A raised reserve: a toast with "Open", and a desktop notification when the setting and the browser allow. */
export const announceRaisedReserve = createEffect(
  (
    actions$ = inject(Actions),
    notifier = inject(Notifier),
    desktop = inject(DesktopNotifier),
    router = inject(Router),
    transloco = inject(TranslocoService),
  ) =>
    actions$.pipe(
      ofType(LiveEventsActions.received),
      map(({ event }) => reserveAlertText(event, (key, params) => transloco.translate<string>(key, params))),
      filter((alert) => alert !== null),
      tap((alert) => {
        notifier
          .withAction(alert.toast, 'alerts.open')
          .pipe(take(1))
          .subscribe(() => void router.navigateByUrl(alert.link));
      }),
      filter(() => desktop.permission() === 'granted'),
      mergeMap((alert) =>
        desktop.settingOn().pipe(tap((on) => on && desktop.show(alert.title, alert.body, alert.link, alert.link))),
      ),
    ),
  { functional: true, dispatch: false },
);
