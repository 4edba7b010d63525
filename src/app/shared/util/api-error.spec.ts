import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { apiErrorMessageKey, toApiErrorInfo } from './api-error';

describe('api errors', () => {
  it('reads the server error shape, details and Retry-After', () => {
    const info = toApiErrorInfo(
      new HttpErrorResponse({
        status: 429,
        headers: new HttpHeaders({ 'Retry-After': '600' }),
        error: { error: { code: 'too_many_attempts', message: 'Slow down', details: { a: 1 } } },
      }),
    );
    expect(info).toEqual({ status: 429, code: 'too_many_attempts', message: 'Slow down', details: { a: 1 }, retryAfterSeconds: 600 });
  });

  it('gives a code to failures without a body (network down, proxy error page)', () => {
    expect(toApiErrorInfo(new HttpErrorResponse({ status: 0 })).code).toBe('network_error');
    expect(toApiErrorInfo(new HttpErrorResponse({ status: 502, error: '<html>' })).code).toBe('server_error');
  });

  it('turns Retry-After seconds into whole minutes for the message', () => {
    expect(apiErrorMessageKey({ status: 429, code: 'too_many_attempts', message: '', retryAfterSeconds: 601 })).toEqual({
      key: 'errors.too_many_attempts',
      params: { minutes: 11 },
    });
    expect(apiErrorMessageKey({ status: 429, code: 'too_many_attempts', message: '', retryAfterSeconds: 30 }).key).toBe(
      'errors.too_many_attempts_one',
    );
  });

  it('translates known codes by code and unknown ones by status', () => {
    expect(apiErrorMessageKey({ status: 401, code: 'invalid_credentials', message: '' }).key).toBe('errors.invalid_credentials');
    expect(apiErrorMessageKey({ status: 409, code: 'some_new_rule', message: '' }).key).toBe('errors.conflict');
    expect(apiErrorMessageKey({ status: 503, code: 'whatever', message: '' }).key).toBe('errors.server_error');
  });
});
