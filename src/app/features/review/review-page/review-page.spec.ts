import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import type { Role } from '@contract';
import { provideMockActions } from '@ngrx/effects/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Subject, of } from 'rxjs';
import en from '../../../../../public/i18n/en.json';
import reviewEn from '../../../../../public/i18n/review/en.json';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { selectRole } from '../../../core/auth/auth.feature';
import { jobDetail } from '../data-access';
import { ReviewPage } from './review-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('ReviewPage', () => {
  let fixture: ComponentFixture<ReviewPage>;
  let http: HttpTestingController;
  let router: Router;

  async function open(role: Role) {
    TestBed.configureTestingModule({
      imports: [ReviewPage, translocoTesting({ langs: { en: { ...en, review: reviewEn } } })],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ number: 'J-000123' })) } },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideMockStore(),
        provideMockActions(new Subject()),
      ],
    });
    TestBed.inject(MockStore).overrideSelector(selectRole, role);
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(ReviewPage);
    fixture.autoDetectChanges();
    await settle();
    http.match('/api/settings').forEach((r) => r.flush({ signaturesClearedOnEdit: true }));
    http.expectOne('/api/jobs/by-number/J-000123').flush(jobDetail({ status: 'completed', version: 7 }));
    await settle();
    http.expectOne('/api/jobs/job-1/events').flush([]);
    http.expectOne('/api/review/neighbours/J-000123').flush({ previous: 'J-000100', next: 'J-000130' });
    await settle();
    await fixture.whenStable();
  }
  const press = (key: string, init: KeyboardEventInit = {}) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  const buttons = () => Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).map((b) => b.textContent!.trim());

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('moves to the next and previous job in the queue with J / K and Alt+arrows', async () => {
    await open('dispatcher');
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    press('j');
    press('ArrowLeft', { altKey: true });
    expect(navigate.calls.allArgs().map((a) => a[0])).toEqual([
      ['/review', 'J-000130'],
      ['/review', 'J-000100'],
    ]);
  });

  it('validates with V after a confirmation, then opens the next job in the queue', async () => {
    await open('dispatcher');
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    press('v');
    await settle();
    const confirm = Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button')).find((b) => b.textContent!.trim() === 'Validate')!;
    expect(document.querySelector('[mat-dialog-title]')?.textContent).toContain('Validate job J-000123?');
    confirm.click();
    // The dialog reports its answer once its closing animation is over.
    for (let i = 0; i < 40 && document.querySelector('mat-dialog-container'); i++) await settle();
    await settle();
    const req = http.expectOne('/api/jobs/job-1/validate');
    expect(req.request.headers.get('If-Match')).toBe('"7"');
    req.flush(jobDetail({ status: 'validated', version: 8 }));
    await settle();
    http.expectOne('/api/jobs/job-1/events').flush([]);
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/review', 'J-000130']);
  });

  it('gives supervisors no validate, reopen or correct actions, and V does nothing', async () => {
    await open('supervisor');
    expect(buttons().some((t) => t.includes('Validate') || t.includes('Reopen'))).toBeFalse();
    press('v');
    await settle();
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    http.expectNone('/api/jobs/job-1/validate');
  });
});
