import { type Access, type Capability, may } from '@contract/rules';
import { createSelector } from '@ngrx/store';
import { selectRole } from './auth.feature';

/** Whether the signed-in user may read or write a capability: the contract's role table, as the server holds it. */
export const selectMay = (capability: Capability, access: Access) =>
  createSelector(selectRole, (role) => may(role, capability, access));
