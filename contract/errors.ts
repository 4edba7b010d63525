import { z } from 'zod';

/** One problem of a 400 `invalid_input`: where (`body`, `querystring`, `params`, `headers`), which field, why. */
export const ValidationIssue = z.object({
  in: z.string(),
  path: z.string().describe('Dot path inside `in`, e.g. `sites.0.city`; unknown fields are named here'),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

/** Codes the server answers with (error.code), so the console can translate them. */
export const errorCodes = [
  'invalid_input',
  'invalid_json',
  'bad_request',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'idempotency_key_required',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'if_match_required',
  'version_mismatch',
  'too_many_attempts',
  'payload_too_large',
  'unsupported_media_type',
  'site_in_use',
  'contact_in_use',
  'database_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
