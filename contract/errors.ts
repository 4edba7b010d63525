import { z } from 'zod';

export * from './rules/errors';

/** One problem of a 400 `invalid_input`: where (`body`, `querystring`, `params`, `headers`), which field, why. */
export const ValidationIssue = z.object({
  in: z.string(),
  path: z.string().describe('Dot path inside `in`, e.g. `sites.0.city`; unknown fields are named here'),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;
