/**
 * The one error of the API: thrown anywhere, turned into `{ error: { code, message, details? } }`
 * by the error handler. Codes are stable snake_case (the console translates them).
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);

export const invalidInput = (issues: { in: string; path: string; message: string }[]) =>
  new AppError(400, 'invalid_input', 'Some fields are invalid.', { issues });

export const unauthenticated = (message = 'Please sign in.') => new AppError(401, 'unauthenticated', message);

export const forbidden = (message = 'You are not allowed to do this.') => new AppError(403, 'forbidden', message);

export const notFound = (what = 'This item') => new AppError(404, 'not_found', `${what} was not found.`);

export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(409, code, message, details);

export const businessRule = (code: string, message: string, details?: unknown) =>
  new AppError(422, code, message, details);
