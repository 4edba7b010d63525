import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideMockStore } from '@ngrx/store/testing';
import en from '../../../../../public/i18n/en.json';
import { selectAlerts, selectUnreadCount } from '../live-alerts.feature';
import { LiveEventsSource } from '../live-events-source';
import { AlertsBell } from './alerts-bell';

describe('AlertsBell', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [
        AlertsBell,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { availableLangs: ['en'], defaultLang: 'en' }, preloadLangs: true }),
      ],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideMockStore({ selectors: [{ selector: selectAlerts, value: [] }, { selector: selectUnreadCount, value: 0 }] }),
      ],
    });
    const fixture = TestBed.createComponent(AlertsBell);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, source: TestBed.inject(LiveEventsSource) };
  }

  it('says "reconnecting" in a polite live region only while the stream is cut off', async () => {
    const { fixture, element, source } = await render();
    const region = element.querySelector('[aria-live="polite"]')!;
    expect(region).not.toBeNull();
    expect(region.querySelector('mat-icon')).toBeNull();

    source.status.set('reconnecting');
    await fixture.whenStable();
    const icon = region.querySelector('mat-icon')!;
    expect(icon.getAttribute('aria-label')).toBe('Live alerts disconnected, reconnecting…');

    source.status.set('open');
    await fixture.whenStable();
    expect(region.querySelector('mat-icon')).toBeNull();
  });
});
