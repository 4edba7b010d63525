import { may } from '@contract/rules';
import { createSelector } from '@ngrx/store';
import { selectUser } from '../../../core/auth/auth.feature';
import { reservesFeature } from './reserves.feature';

const { selectPickers } = reservesFeature;

export const selectTechnicianOptions = createSelector(selectPickers, (pickers) =>
  pickers.technicians.map((t) => ({ id: t.id, name: t.displayName })),
);

/** The users list is for administrators only: a supervisor who cannot read it is offered themself. */
export const selectSupervisorOptions = createSelector(selectPickers, selectUser, (pickers, me) => {
  if (pickers.supervisors.length) return pickers.supervisors.map((u) => ({ id: u.id, name: u.displayName }));
  return me && may(me.role, 'reserves', 'write') ? [{ id: me.id, name: me.displayName }] : [];
});

export const selectCustomerOptions = createSelector(selectPickers, (pickers) => pickers.customers.map((c) => ({ id: c.id, name: c.name })));

export const selectCustomerNames = createSelector(selectPickers, (pickers) => pickers.customerNames);
