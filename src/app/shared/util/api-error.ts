import { HttpErrorResponse } from '@angular/common/http';
import { errorCodes, reportTemplateErrorCodes } from '@contract/rules';
import type { ErrorCode } from '@contract';

/** A failed API call as plain data (actions and state must stay serializable). */
export interface ApiErrorInfo {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  retryAfterSeconds?: number;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

export function toApiErrorInfo(error: unknown): ApiErrorInfo {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, code: 'unexpected', message: String(error) };
  }
  const body = (typeof error.error === 'object' && error.error !== null ? error.error : {}) as ErrorBody;
  const info: ApiErrorInfo = {
    status: error.status,
    code: typeof body.error?.code === 'string' ? body.error.code : fallbackCode(error.status),
    message: typeof body.error?.message === 'string' ? body.error.message : error.message,
  };
  if (body.error?.details !== undefined) info.details = body.error.details;
  const retryAfter = Number(error.headers?.get('Retry-After'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) info.retryAfterSeconds = retryAfter;
  return info;
}

function fallbackCode(status: number): string {
  if (status === 0) return 'network_error';
  if (status >= 500) return 'server_error';
  return `http_${status}`;
}

/**
 * Server codes without a sentence of their own: the console never provokes them (it always sends
 * an Idempotency-Key where one is needed, and JSON), so the sentence of their HTTP status says enough.
 */
const codesReadByStatus: readonly ErrorCode[] = ['bad_request', 'idempotency_key_required', 'idempotency_key_reused', 'idempotency_in_progress', 'unsupported_media_type'];

/**
 * Codes that have their own sentence in i18n under `errors.<code>`: every code the server answers
 * (contract/rules/errors.ts: a new one needs its sentence, i18n-files.spec checks), the report
 * templates' and the console's own.
 */
export const translatedErrorCodes: readonly string[] = [
  ...errorCodes.filter((code) => !codesReadByStatus.includes(code)),
  'console_forbidden',
  ...reportTemplateErrorCodes,
  'network_error',
  'server_error',
  'unexpected',
];

/**
 * The i18n key and parameters for an error: the code's own sentence when we have one,
 * else a sentence by HTTP status, never a raw stack or status text.
 */
export function apiErrorMessageKey(error: ApiErrorInfo): { key: string; params: Record<string, unknown> } {
  if (error.code === 'too_many_attempts') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return { key: minutes === 1 ? 'errors.too_many_attempts_one' : 'errors.too_many_attempts', params: { minutes } };
  }
  if (translatedErrorCodes.includes(error.code)) {
    return { key: `errors.${error.code}`, params: {} };
  }
  return { key: statusKey(error.status), params: {} };
}

function statusKey(status: number): string {
  if (status === 0) return 'errors.network_error';
  if (status === 400 || status === 422) return 'errors.invalid_input';
  if (status === 401) return 'errors.unauthenticated';
  if (status === 403) return 'errors.forbidden';
  if (status === 404) return 'errors.not_found';
  if (status === 409) return 'errors.conflict';
  if (status === 412) return 'errors.version_mismatch';
  if (status === 429) return 'errors.too_many_attempts';
  if (status >= 500) return 'errors.server_error';
  return 'errors.unexpected';
}
