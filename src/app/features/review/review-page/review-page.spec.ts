import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import type { JobReserve, Role } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { of } from 'rxjs';
import en from '../../../../../public/i18n/en.json';
import reviewEn from '../../../../../public/i18n/review/en.json';
import { jobDetail } from '../../../../testing/job-fixtures';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { selectRole } from '../../../core/auth/auth.feature';
import { ReviewPageActions, initialReviewState, reviewFeature } from '../data-access';
import { ReviewPage } from './review-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('ReviewPage', () => {
  let fixture: ComponentFixture<ReviewPage>;
  let dispatch: jasmine.Spy;

  async function open(role: Role, job: JobDetail = jobDetail({ status: 'completed', version: 7 })) {
    TestBed.configureTestingModule({
      imports: [ReviewPage, translocoTesting({ langs: { en: { ...en, review: reviewEn } } })],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ number: 'J-000123' })) } },
        provideMockStore({
          initialState: {
            review: {
              ...initialReviewState,
              job,
              neighbours: { previous: 'J-000100', next: 'J-000130' },
              load: 'loaded',
              clearsSignatures: true,
            },
          },
        }),
      ],
    });
    const store = TestBed.inject(MockStore);
    store.overrideSelector(selectRole, role);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(ReviewPage);
    fixture.autoDetectChanges();
    await settle();
    await fixture.whenStable();
  }
  const press = (key: string, init: KeyboardEventInit = {}) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  const buttons = () => Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).map((b) => b.textContent!.trim());
  const dispatched = () => dispatch.calls.allArgs().map(([action]) => action);

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    // Overridden selectors are memoized module-wide: reset them for the next spec.
    TestBed.inject(MockStore).resetSelectors();
  });

  it('reads the job named in the URL and forgets it when left', async () => {
    await open('dispatcher');
    expect(dispatched()).toContain(ReviewPageActions.opened({ number: 'J-000123' }));
    fixture.destroy();
    expect(dispatched()).toContain(ReviewPageActions.closed());
  });

  it('moves to the next and previous job in the queue with J / K and Alt+arrows', async () => {
    await open('dispatcher');
    press('j');
    press('ArrowLeft', { altKey: true });
    expect(dispatched().filter((a) => a.type === ReviewPageActions.neighbourChosen.type)).toEqual([
      ReviewPageActions.neighbourChosen({ number: 'J-000130' }),
      ReviewPageActions.neighbourChosen({ number: 'J-000100' }),
    ]);
  });

  it('validates with V after a confirmation, naming the next job in the queue to open', async () => {
    await open('dispatcher');
    press('v');
    await settle();
    const confirm = Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button')).find((b) => b.textContent!.trim() === 'Validate')!;
    expect(document.querySelector('[mat-dialog-title]')?.textContent).toContain('Validate job J-000123?');
    confirm.click();
    // The dialog reports its answer once its closing animation is over.
    for (let i = 0; i < 40 && document.querySelector('mat-dialog-container'); i++) await settle();
    await settle();
    expect(dispatched()).toContain(ReviewPageActions.validateConfirmed({ next: 'J-000130' }));
  });

  it('lists the reserves still unresolved in the confirmation: validating does not resolve them', async () => {
    const reserve = (status: JobReserve['status'], description: string): JobReserve => ({
      id: `r-${description}`,
      fieldId: 'f',
      familyLabel: 'Checks',
      fieldLabel: 'Flue',
      status,
      description,
      raisedBy: 'u-1',
      raisedByName: 'Marc',
      raisedAt: '2026-11-20T09:00:00.000Z',
      assigneeId: null,
      updatedAt: '2026-11-20T09:00:00.000Z',
      version: 1,
    });
    const base = jobDetail({ status: 'completed', version: 7 });
    await open('dispatcher', { ...base, report: { ...base.report, reserves: [reserve('unresolved', 'Flue not to standard'), reserve('resolved', 'Loose valve')] } });
    press('v');
    await settle();
    const content = document.querySelector('mat-dialog-content')!;
    expect(content.textContent).toContain('Unresolved reserves (1) stay open after validation:');
    expect(Array.from(content.querySelectorAll('li')).map((li) => li.textContent!.trim())).toEqual(['Flue — Flue not to standard']);
  });

  it('disables the writes while one is on its way', async () => {
    await open('dispatcher');
    TestBed.inject(MockStore).overrideSelector(reviewFeature.selectBusy, true);
    TestBed.inject(MockStore).refreshState();
    await fixture.whenStable();
    const validate = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).find((b) => b.textContent!.includes('Validate'))!;
    expect(validate.disabled).toBeTrue();
  });

  it('gives supervisors no validate, reopen or correct actions, and V does nothing', async () => {
    await open('supervisor');
    expect(buttons().some((t) => t.includes('Validate') || t.includes('Reopen'))).toBeFalse();
    press('v');
    await settle();
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(dispatched().some((a) => a.type === ReviewPageActions.validateConfirmed.type)).toBeFalse();
  });
});
