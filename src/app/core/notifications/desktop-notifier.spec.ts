import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { DesktopNotifier, type NotificationApi } from './desktop-notifier';

/** A stand-in for window.Notification that records what would have been shown. */
function fakeNotificationApi(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const shown: { title: string; options?: NotificationOptions; instance: { onclick: (() => void) | null; close(): void } }[] = [];
  const Fake = function (this: { onclick: (() => void) | null; close(): void }, title: string, options?: NotificationOptions) {
    this.onclick = null;
    this.close = () => undefined;
    shown.push({ title, options, instance: this });
  } as unknown as NotificationApi & { permission: NotificationPermission };
  (Fake as { permission: NotificationPermission }).permission = permission;
  (Fake as { requestPermission: () => Promise<NotificationPermission> }).requestPermission = async () => {
    (Fake as { permission: NotificationPermission }).permission = answer;
    return answer;
  };
  return { api: Fake, shown };
}

describe('DesktopNotifier', () => {
  let notifier: DesktopNotifier;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    notifier = TestBed.inject(DesktopNotifier);
    http = TestBed.inject(HttpTestingController);
  });

  it('shows nothing until the user granted permission', async () => {
    const fake = fakeNotificationApi('default', 'granted');
    notifier.api = fake.api;
    notifier.refresh();
    notifier.show('Reserve on J-000123', 'Boiler pressure', '/reserves/r-1', 'r-1');
    expect(fake.shown.length).toBe(0);
    expect(notifier.permission()).toBe('default');

    await notifier.requestPermission();
    expect(notifier.permission()).toBe('granted');
    notifier.show('Reserve on J-000123', 'Boiler pressure', '/reserves/r-1', 'r-1');
    expect(fake.shown.map((n) => n.title)).toEqual(['Reserve on J-000123']);
    expect(fake.shown[0]!.options?.body).toBe('Boiler pressure');
  });

  it('never shows one when the user refused', async () => {
    const fake = fakeNotificationApi('default', 'denied');
    notifier.api = fake.api;
    await notifier.requestPermission();
    notifier.show('Reserve', 'x', '/reserves/r-1', 'r-1');
    expect(fake.shown.length).toBe(0);
    expect(notifier.permission()).toBe('denied');
  });

  it('opens the reserve when the notification is clicked', () => {
    const fake = fakeNotificationApi('granted');
    notifier.api = fake.api;
    const navigate = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    spyOn(window, 'focus');
    notifier.show('Reserve', 'x', '/reserves/r-1', 'r-1');
    fake.shown[0]!.instance.onclick?.();
    expect(navigate).toHaveBeenCalledWith('/reserves/r-1');
  });

  it('reads the account setting, and treats an unreadable one as off', () => {
    const answers: boolean[] = [];
    notifier.settingOn().subscribe((on) => answers.push(on));
    http.expectOne('/api/settings').flush({ desktopNotifications: true });
    notifier.settingOn().subscribe((on) => answers.push(on));
    http.expectOne('/api/settings').flush({ code: 'forbidden' }, { status: 403, statusText: 'Forbidden' });
    expect(answers).toEqual([true, false]);
  });
});
