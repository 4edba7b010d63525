import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** The current time as a signal, refreshed every minute: relative times re-render with it. */
@Injectable({ providedIn: 'root' })
export class NowTicker {
  private readonly nowMs = signal(Date.now());
  readonly now = this.nowMs.asReadonly();

  constructor() {
    const timer = setInterval(() => this.nowMs.set(Date.now()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
