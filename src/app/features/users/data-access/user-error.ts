import { userErrorCodes } from '@contract/rules';
import { apiErrorMessageKey, type ApiErrorInfo } from '../../../shared/util/api-error';

/** The users scope's own sentence for its codes (password rules, taken email…), else the shared one. */
export function userErrorMessage(error: ApiErrorInfo): { key: string; params: Record<string, unknown> } {
  if ((userErrorCodes as readonly string[]).includes(error.code)) return { key: `users.errors.${error.code}`, params: {} };
  return apiErrorMessageKey(error);
}
