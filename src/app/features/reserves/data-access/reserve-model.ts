// The reserves API's shapes, from the shared contract (one import point for the feature).
export type {
  ReserveBulkInput,
  ReserveBulkResult,
  ReserveDetail,
  ReserveEvent,
  ReserveEvents,
  ReserveFieldAnswer,
  ReserveFollowUpInput,
  ReserveFollowUpResult,
  ReserveListView,
  ReservePage,
  ReservePatch,
  ReserveStats,
  ReserveSummary,
} from '@contract/reserves';
