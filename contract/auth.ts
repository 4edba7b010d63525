import { z } from 'zod';
import { Email, Id, Locale } from './common';
import { User } from './users';

export const LoginRequest = z.strictObject({
  email: Email,
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

const Theme = z.enum(['system', 'light', 'dark']);

/** The signed-in person as the console and the app hold them: their account's name, role and language, and their theme. */
export const SessionUser = User.pick({ id: true, email: true, displayName: true, role: true, locale: true }).extend({ theme: Theme });
export type SessionUser = z.infer<typeof SessionUser>;

/** Answer of login and of /me: the user and the CSRF token for state-changing requests. */
export const SessionInfo = z.object({
  user: SessionUser,
  csrfToken: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const UpdateMePreferences = z.strictObject({
  locale: Locale.optional(),
  theme: Theme.optional(),
});
export type UpdateMePreferences = z.infer<typeof UpdateMePreferences>;

export const FieldTokenRequest = LoginRequest.extend({
  deviceName: z.string().trim().min(1).max(100),
});
export type FieldTokenRequest = z.infer<typeof FieldTokenRequest>;

export const FieldTokenResponse = z.object({
  token: z.string().describe('Bearer token; shown once, stored hashed'),
  tokenId: Id,
  user: SessionUser,
});
export type FieldTokenResponse = z.infer<typeof FieldTokenResponse>;
