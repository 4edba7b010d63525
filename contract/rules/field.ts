/**
 * The list shows jobs not yet closed, plus completed ones and those cancelled in the last
 * FIELD_RECENTLY_CLOSED_DAYS days (so a technician sees why a job disappeared from the day).
 * Jobs in the pool (created) or in draft are never shown to technicians (list: absent; detail and
 * writes: 404): a job reaches the app when dispatch confirms its schedule.
 */
export const FIELD_RECENTLY_CLOSED_DAYS = 7;
