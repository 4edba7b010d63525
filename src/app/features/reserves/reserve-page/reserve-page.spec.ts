import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@contract';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import en from '../../../../../public/i18n/en.json';
import reservesEn from '../../../../../public/i18n/reserves/en.json';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { selectRole } from '../../../core/auth/auth.feature';
import { ReservePickers } from '../data-access';
import { reserveDetail, reserveEvent } from '../ui/testing/reserve-fixtures';
import { ReservePage } from './reserve-page';

describe('ReservePage', () => {
  let fixture: ComponentFixture<ReservePage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function open(role: Role) {
    const pickers = { load: () => undefined, technicians: signal([]), supervisors: signal([{ id: 'u-1', name: 'Sam Super' }]) };
    TestBed.configureTestingModule({
      imports: [ReservePage, translocoTesting({ langs: { en: { ...en, reserves: reservesEn } } })],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideMockStore(),
        { provide: ReservePickers, useValue: pickers },
      ],
    });
    TestBed.inject(MockStore).overrideSelector(selectRole, role);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReservePage);
    fixture.componentRef.setInput('id', 'r-1');
    element = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne('/api/reserves/r-1').flush(
      reserveDetail({
        version: 2,
        events: [reserveEvent(), reserveEvent({ id: 'ev-2', type: 'commented', comment: 'Customer called', actorName: 'Sam Super' })],
      }),
    );
    await fixture.whenStable();
  }

  const button = (name: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
  const statusComment = () => element.querySelector<HTMLTextAreaElement>('form[aria-labelledby="status-form-title"] textarea')!;

  afterEach(() => http.verify());

  it('shows the field, the answer, the job and the history', async () => {
    await open('supervisor');
    expect(element.querySelector('h1')?.textContent).toContain('Reserve on Boiler › Pressure');
    expect(element.textContent).toContain('Pressure too low');
    expect(element.querySelector('a[href="/jobs/J-000123"]')).not.toBeNull();
    expect(element.textContent).toContain('Sam Super commented');
    expect(element.textContent).toContain('Customer called');
  });

  it('asks for a comment before changing the status', async () => {
    await open('supervisor');
    const page = fixture.componentInstance as unknown as { statusForm: { setValue(v: unknown): void } };
    page.statusForm.setValue({ status: 'resolved', comment: '' });
    button('Change status').click();
    await fixture.whenStable();
    expect(element.textContent).toContain('A comment is required when the status changes.');
    http.expectNone({ method: 'PATCH' });
  });

  it('on 412 says someone else changed it, shows the new state and keeps the typed comment', async () => {
    await open('supervisor');
    const page = fixture.componentInstance as unknown as { statusForm: { setValue(v: unknown): void } };
    page.statusForm.setValue({ status: 'resolved', comment: 'Valve replaced' });
    button('Change status').click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/reserves/r-1' });
    expect(patch.request.headers.get('If-Match')).toBe('"2"');
    expect(patch.request.body).toEqual({ status: 'resolved', comment: 'Valve replaced' });
    patch.flush({ error: { code: 'precondition_failed', message: 'Stale' } }, { status: 412, statusText: 'Precondition Failed' });
    http.expectOne({ method: 'GET', url: '/api/reserves/r-1' }).flush(reserveDetail({ version: 3, status: 'compliant' }));
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Someone else changed this reserve');
    expect(element.querySelector('fd-status-chip')?.textContent).toContain('Compliant');
    expect(statusComment().value).toBe('Valve replaced');
  });

  it('hides the triage actions from dispatchers', async () => {
    await open('dispatcher');
    expect(button('Change status')).toBeUndefined();
    expect(element.textContent).toContain('Only supervisors and administrators triage reserves.');
  });
});
