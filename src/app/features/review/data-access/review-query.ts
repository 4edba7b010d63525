import type { ReviewQueueQuery } from '@contract';

/**
 * The queue's filters, as the page's URL carries them (`?view=take-backs&technician=…&customer=…&reserves=1&unsigned=1`).
 * `takeBacksToCheck` is the quick view "Take-backs to check" (issue 14 §1), combinable with the others.
 */
export interface ReviewFilters {
  takeBacksToCheck: boolean;
  technicianId: string | null;
  customerId: string | null;
  hasOpenReserves: boolean;
  missingSignatures: boolean;
}

export const noReviewFilters: ReviewFilters = { takeBacksToCheck: false, technicianId: null, customerId: null, hasOpenReserves: false, missingSignatures: false };

/** The `view` URL parameter of the quick view "Take-backs to check". */
const TAKE_BACKS_VIEW = 'take-backs';

type Params = Record<string, string | string[] | undefined | null>;
const one = (value: string | string[] | undefined | null): string | null => {
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() ? text.trim() : null;
};

export function filtersFromParams(params: Params): ReviewFilters {
  return {
    takeBacksToCheck: one(params['view']) === TAKE_BACKS_VIEW,
    technicianId: one(params['technician']),
    customerId: one(params['customer']),
    hasOpenReserves: one(params['reserves']) === '1',
    missingSignatures: one(params['unsigned']) === '1',
  };
}

/** Query params for the router: absent filters are removed from the URL (null), not written empty. */
export function paramsFromFilters(filters: ReviewFilters): Record<string, string | null> {
  return {
    view: filters.takeBacksToCheck ? TAKE_BACKS_VIEW : null,
    technician: filters.technicianId,
    customer: filters.customerId,
    reserves: filters.hasOpenReserves ? '1' : null,
    unsigned: filters.missingSignatures ? '1' : null,
  };
}

/** The API's query (GET /api/review/queue) for these filters; the order is always oldest returned first. */
export function queueQuery(filters: ReviewFilters): ReviewQueueQuery {
  const query: ReviewQueueQuery = {};
  if (filters.takeBacksToCheck) query.takeBacksToCheck = 'true';
  if (filters.technicianId) query.technicianId = filters.technicianId;
  if (filters.customerId) query.customerId = filters.customerId;
  if (filters.hasOpenReserves) query.hasOpenReserves = 'true';
  if (filters.missingSignatures) query.missingSignatures = 'true';
  return query;
}
