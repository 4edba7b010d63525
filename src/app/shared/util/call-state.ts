import type { ApiErrorInfo } from './api-error';

/** One field instead of pairs of booleans: where a request stands. */
export type CallState = 'idle' | 'loading' | 'loaded' | { error: ApiErrorInfo };

export function callError(state: CallState): ApiErrorInfo | null {
  return typeof state === 'object' ? state.error : null;
}
