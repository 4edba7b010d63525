import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { Settings } from '@contract';
import { type Observable, catchError, map, of } from 'rxjs';

export type DesktopPermission = NotificationPermission | 'unsupported';

/** The part of the Notification API we use (a seam for tests). */
export interface NotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): Notification;
}

/** Desktop notifications: only when the account's setting is on and this browser's user allowed them. */
@Injectable({ providedIn: 'root' })
export class DesktopNotifier {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  api: NotificationApi | null = typeof Notification === 'undefined' ? null : Notification;
  readonly permission = signal<DesktopPermission>(this.api?.permission ?? 'unsupported');

  /** The user may change it in the browser's site settings at any time. */
  refresh(): void {
    this.permission.set(this.api?.permission ?? 'unsupported');
  }

  /** Must run from a user gesture (a click): browsers ignore permission requests made otherwise. */
  async requestPermission(): Promise<void> {
    if (!this.api) return;
    this.permission.set(await this.api.requestPermission());
  }

  /** settings.desktopNotifications, read fresh (an admin may have just changed it); off if unreadable. */
  settingOn(): Observable<boolean> {
    return this.http.get<Pick<Settings, 'desktopNotifications'>>('/api/settings').pipe(
      map((settings) => settings.desktopNotifications === true),
      catchError(() => of(false)),
    );
  }

  /** Shows it if allowed; clicking it brings the console forward on `link`. */
  show(title: string, body: string, link: string, tag: string): void {
    if (!this.api || this.api.permission !== 'granted') return;
    const notification = new this.api(title, { body, tag, icon: '/favicon.svg' });
    notification.onclick = () => {
      window.focus();
      void this.router.navigateByUrl(link);
      notification.close();
    };
  }
}
