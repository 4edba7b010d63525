import { type ActionCreator, type ReducerTypes, on } from '@ngrx/store';
import { DepotApiActions, ReceiptDialogActions, TransferDialogActions } from './depot.actions';
import type { DepotState } from './depot.state';

/** Receipts and transfers: where each one stands, and the revision they bump once done. */
export const stockMovesReducers: ReducerTypes<DepotState, readonly ActionCreator[]>[] = [
  on(ReceiptDialogActions.opened, (state) => ({ ...state, receipt: { callState: 'idle' as const, problems: [] } })),
  on(ReceiptDialogActions.submitted, (state) => ({ ...state, receipt: { callState: 'loading' as const, problems: [] } })),
  on(DepotApiActions.receiptSucceeded, (state) => ({
    ...state,
    receipt: { callState: 'loaded' as const, problems: [] },
    revision: state.revision + 1,
  })),
  on(DepotApiActions.receiptRejected, (state, { problems }) => ({
    ...state,
    receipt: { callState: 'idle' as const, problems },
  })),
  on(DepotApiActions.receiptFailed, (state, { error }) => ({ ...state, receipt: { callState: { error }, problems: [] } })),

  on(TransferDialogActions.opened, (state) => ({ ...state, transfer: 'idle' as const })),
  on(TransferDialogActions.submitted, (state) => ({ ...state, transfer: 'loading' as const })),
  on(DepotApiActions.transferSucceeded, (state) => ({ ...state, transfer: 'loaded' as const, revision: state.revision + 1 })),
  on(DepotApiActions.transferFailed, (state, { error }) => ({ ...state, transfer: { error } })),
];
