import { z } from 'zod';
import { CursorPageQuery, Email, Id, IsoDateTime, Locale, NamedRef, Phone, Role, SafeText, pageOf } from './common';

export * from './rules/users';

const DisplayName = SafeText(100).pipe(z.string().min(1));

export const VanDepotRef = NamedRef;
export type VanDepotRef = z.infer<typeof VanDepotRef>;

export const User = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  role: Role,
  phone: z.string().nullable(),
  locale: Locale,
  active: z.boolean(),
  lastSignInAt: IsoDateTime.nullable(),
  vanDepot: VanDepotRef.nullable().describe("A technician's van (depots.owner_id); read only here"),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type User = z.infer<typeof User>;

export const UserPage = pageOf(User);
export type UserPage = z.infer<typeof UserPage>;

export const UserListQuery = CursorPageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Prefix of the name or of the email'),
  role: Role.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type UserListQuery = z.input<typeof UserListQuery>;

export const UserCreateInput = z.strictObject({
  email: Email,
  displayName: DisplayName,
  role: Role,
  phone: Phone.nullable().optional(),
  locale: Locale.default('en'),
});
export type UserCreateInput = z.input<typeof UserCreateInput>;

export const UserPatch = z.strictObject({
  displayName: DisplayName.optional(),
  role: Role.optional(),
  phone: Phone.nullable().optional(),
  locale: Locale.optional(),
  active: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof UserPatch>;

/** Answer of create and of reset-password: the temporary password is shown this once, never stored in clear. */
export const UserWithTemporaryPassword = z.object({
  user: User,
  temporaryPassword: z.string().describe('Shown once; give it to the person, who changes it on their account page'),
});
export type UserWithTemporaryPassword = z.infer<typeof UserWithTemporaryPassword>;

export const TechnicianOption = z.object({ id: Id, displayName: z.string(), hasVanDepot: z.boolean() });
export type TechnicianOption = z.infer<typeof TechnicianOption>;
export const TechnicianList = z.object({ items: z.array(TechnicianOption) });
export type TechnicianList = z.infer<typeof TechnicianList>;

/** Who may be assigned a reserve: active supervisors and administrators (they triage). */
export const AssigneeOption = z.object({ id: Id, displayName: z.string(), role: z.enum(['admin', 'supervisor']) });
export type AssigneeOption = z.infer<typeof AssigneeOption>;
export const AssigneeList = z.object({ items: z.array(AssigneeOption) });
export type AssigneeList = z.infer<typeof AssigneeList>;

export const DeviceToken = z.object({
  id: Id,
  deviceName: z.string(),
  createdAt: IsoDateTime,
  lastUsedAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
});
export type DeviceToken = z.infer<typeof DeviceToken>;
export const DeviceTokenList = z.object({ items: z.array(DeviceToken) });
export type DeviceTokenList = z.infer<typeof DeviceTokenList>;

export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().max(200),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;
