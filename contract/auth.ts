import { z } from 'zod';
import { Email, Id, Locale, Role } from './common';

export const LoginRequest = z.strictObject({
  email: Email,
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const SessionUser = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  role: Role,
  locale: Locale,
  theme: z.enum(['system', 'light', 'dark']),
});
export type SessionUser = z.infer<typeof SessionUser>;

/** Answer of login and of /me: the user and the CSRF token for state-changing requests. */
export const SessionInfo = z.object({
  user: SessionUser,
  csrfToken: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const UpdateMePreferences = z.strictObject({
  locale: Locale.optional(),
  theme: z.enum(['system', 'light', 'dark']).optional(),
});
export type UpdateMePreferences = z.infer<typeof UpdateMePreferences>;

export const FieldTokenRequest = z.strictObject({
  email: Email,
  password: z.string().min(1).max(200),
  deviceName: z.string().trim().min(1).max(100),
});
export type FieldTokenRequest = z.infer<typeof FieldTokenRequest>;

export const FieldTokenResponse = z.object({
  token: z.string().describe('Bearer token; shown once, stored hashed'),
  tokenId: Id,
  user: SessionUser,
});
export type FieldTokenResponse = z.infer<typeof FieldTokenResponse>;
