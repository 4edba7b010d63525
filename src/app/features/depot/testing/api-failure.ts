import { HttpErrorResponse } from '@angular/common/http';
import { throwError } from 'rxjs';

/** A call the depot API answers with an error body, as the server shapes it (`{ error: { code, message, details } }`). */
export function apiFailure(status: number, code: string, details?: unknown) {
  return throwError(() => new HttpErrorResponse({ status, error: { error: { code, message: code, details } } }));
}
