import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { session } from '../../../../testing/fixtures';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { credentialsInterceptor, sessionExpiredInterceptor } from '../../http/api-interceptors';
import { preferencesFeature } from '../../preferences/preferences.feature';
import { goToReturnUrl, signIn } from '../auth.effects';
import { authFeature } from '../auth.feature';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let backend: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SignInPage, translocoTesting()],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideStore({ [authFeature.name]: authFeature.reducer, [preferencesFeature.name]: preferencesFeature.reducer }),
        provideEffects({ signIn, goToReturnUrl }),
        provideHttpClient(withInterceptors([credentialsInterceptor, sessionExpiredInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SignInPage);
    fixture.componentRef.setInput('returnUrl', '/customers?q=dup');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  function labelled(label: string): HTMLInputElement {
    const field = Array.from(element.querySelectorAll('mat-form-field')).find((f) =>
      f.querySelector('mat-label')?.textContent?.includes(label),
    );
    return field!.querySelector('input')!;
  }

  async function signInWith(email: string, password: string): Promise<void> {
    for (const [input, value] of [
      [labelled('Email'), email],
      [labelled('Password'), password],
    ] as const) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  }

  it('labels its fields and button', () => {
    expect(labelled('Email')).toBeTruthy();
    expect(labelled('Password').type).toBe('password');
    expect(element.querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Sign in');
  });

  it('shows "Wrong email or password" when the server answers 401', async () => {
    await signInWith('dispatch@demo.fielddesk.test', 'nope');
    backend
      .expectOne({ method: 'POST', url: '/api/auth/login' })
      .flush({ error: { code: 'invalid_credentials', message: 'Wrong email or password.' } }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Wrong email or password');
  });

  it('tells how long to wait after too many attempts', async () => {
    await signInWith('dispatch@demo.fielddesk.test', 'nope');
    backend
      .expectOne('/api/auth/login')
      .flush(
        { error: { code: 'too_many_attempts', message: 'Too many' } },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '300' } },
      );
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Too many attempts, try again in 5 minutes');
  });

  it('does not call the server while the form is incomplete', async () => {
    await signInWith('', '');
    backend.expectNone('/api/auth/login');
    expect(element.textContent).toContain('This field is required');
  });

  it('goes back to where the user was after signing in', async () => {
    const navigate = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    await signInWith('dispatch@demo.fielddesk.test', 'fielddesk-demo');
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'dispatch@demo.fielddesk.test', password: 'fielddesk-demo' });
    request.flush(session());
    expect(navigate).toHaveBeenCalledWith('/customers?q=dup');
  });
});
