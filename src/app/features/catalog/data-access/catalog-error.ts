import { catalogErrorCodes } from '@contract/rules';
import { apiErrorMessageKey, type ApiErrorInfo } from '../../../shared/util/api-error';

const catalogCodes: readonly string[] = catalogErrorCodes;

/** The catalog scope's own sentence for its codes (family not empty, reference taken…), else the shared one. */
export function catalogErrorMessage(error: ApiErrorInfo): { key: string; params: Record<string, unknown> } {
  if (catalogCodes.includes(error.code)) return { key: `catalog.errors.${error.code}`, params: {} };
  return apiErrorMessageKey(error);
}
