/**
 * How the office settles a stock shortfall (a job line the van did not hold, or not in that
 * quantity), as stock adjustments in Synchroteam or Dynamics 365 Field Service are settled:
 * - `van_count_corrected`: the van did hold it, its count was wrong. The parts were fitted, so the
 *   van's level stays as the job's end left it; the movement completes the van's history.
 * - `taken_from_depot`: the technician took them from another depot (the main depot, a colleague's
 *   van) without a transfer: that depot's stock goes down by the missing quantity (409 if it lacks it).
 * - `written_off`: the origin is unknown: the quantity is written off as a stock loss.
 * Each writes one `adjustment` stock movement and one audit row.
 */
export const shortfallResolutions = ['van_count_corrected', 'taken_from_depot', 'written_off'] as const;
export type ShortfallResolution = (typeof shortfallResolutions)[number];

export const shortfallStates = ['open', 'resolved'] as const;
export type ShortfallState = (typeof shortfallStates)[number];

/** error.code values of /api/stock-shortfalls beyond the common ones. */
export const stockShortfallErrorCodes = ['shortfall_already_resolved', 'depot_required'] as const;
