import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type Provider, type ProviderToken, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';

export interface ApiTestBed<T> {
  /** The service under test, new for each test. */
  readonly api: T;
  /** Angular's fake backend: expect the service's requests and answer them. */
  readonly backend: HttpTestingController;
}

/**
 * The setup every `*-api.ts` spec needs: the service on a fake backend, and after each test the
 * check that no request was left unanswered. Call it in a `describe`; read `api` and `backend` in the tests.
 */
export function apiTestBed<T>(service: ProviderToken<T>, providers: Provider[] = []): ApiTestBed<T> {
  const bed = {} as { api: T; backend: HttpTestingController };
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), ...providers],
    });
    bed.api = TestBed.inject(service);
    bed.backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => bed.backend.verify());
  return bed;
}
