import type { CatalogErrorCode } from '@contract';
import { apiErrorMessageKey, type ApiErrorInfo } from '../../../shared/util/api-error';

// The console imports no values from @contract (zod stays out of the bundle): the list is repeated, typed.
const catalogCodes: readonly string[] = [
  'family_not_empty',
  'family_name_taken',
  'reference_taken',
  'item_has_serial_units',
  'item_has_stock',
  'import_rejected',
] satisfies CatalogErrorCode[];

/** The catalog scope's own sentence for its codes (family not empty, reference taken…), else the shared one. */
export function catalogErrorMessage(error: ApiErrorInfo): { key: string; params: Record<string, unknown> } {
  if (catalogCodes.includes(error.code)) return { key: `catalog.errors.${error.code}`, params: {} };
  return apiErrorMessageKey(error);
}
