import { signal } from '@angular/core';
import type { Router } from '@angular/router';
import type { TranslocoService } from '@jsverse/transloco';
import type { Actions } from '@ngrx/effects';
import type { LiveEvent } from '@contract';
import { Subject, of, type Observable } from 'rxjs';
import type { DesktopNotifier, DesktopPermission } from '../notifications/desktop-notifier';
import type { Notifier } from '../notifications/notifier';
import { announceRaisedReserve } from './live-events.effects';
import { LiveEventsActions } from './live-events.actions';

const raised = (id: number): LiveEvent => ({
  id,
  type: 'reserve.raised',
  payload: { reserveId: `r-${id}`, jobNumber: 'J-000123', fieldLabel: 'Boiler pressure', status: 'unresolved' },
  createdAt: '2026-11-26T08:00:00.000Z',
});

describe('announceRaisedReserve', () => {
  let actions$: Subject<ReturnType<typeof LiveEventsActions.received>>;
  let toasts: string[];
  let openToast: Subject<void>;
  let desktopShown: string[];
  let permission: ReturnType<typeof signal<DesktopPermission>>;
  let settingOn: boolean;
  let navigated: string[];

  beforeEach(() => {
    actions$ = new Subject();
    toasts = [];
    openToast = new Subject();
    desktopShown = [];
    permission = signal<DesktopPermission>('default');
    settingOn = true;
    navigated = [];
    const notifier = {
      withAction: (message: string): Observable<void> => {
        toasts.push(message);
        return openToast;
      },
    } as unknown as Notifier;
    const desktop = {
      permission,
      settingOn: () => of(settingOn),
      show: (title: string, _body: string, link: string) => desktopShown.push(`${title} ${link}`),
    } as unknown as DesktopNotifier;
    const router = { navigateByUrl: (url: string) => navigated.push(url) } as unknown as Router;
    const transloco = {
      translate: (key: string, p?: Record<string, unknown>) => (p ? `${key} ${JSON.stringify(p)}` : key),
    } as unknown as TranslocoService;
    announceRaisedReserve(actions$ as unknown as Actions, notifier, desktop, router, transloco).subscribe();
  });

  it('toasts a raised reserve, and "Open" leads to it', () => {
    actions$.next(LiveEventsActions.received({ event: raised(1) }));
    actions$.next(LiveEventsActions.received({ event: { ...raised(2), type: 'job.updated' } }));
    expect(toasts.length).toBe(1);
    expect(toasts[0]).toContain('"number":"J-000123"');
    openToast.next();
    expect(navigated).toEqual(['/reserves/r-1']);
  });

  it('sends a desktop notification only when the browser allows it and the setting is on', () => {
    actions$.next(LiveEventsActions.received({ event: raised(1) }));
    expect(desktopShown).toEqual([]);

    permission.set('granted');
    settingOn = false;
    actions$.next(LiveEventsActions.received({ event: raised(2) }));
    expect(desktopShown).toEqual([]);

    settingOn = true;
    actions$.next(LiveEventsActions.received({ event: raised(3) }));
    expect(desktopShown.length).toBe(1);
    expect(desktopShown[0]).toContain('/reserves/r-3');

    permission.set('denied');
    actions$.next(LiveEventsActions.received({ event: raised(4) }));
    expect(desktopShown.length).toBe(1);
  });
});
