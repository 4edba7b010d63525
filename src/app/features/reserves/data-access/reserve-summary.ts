import type { ReserveDetail, ReserveSummary } from './reserve-model';

/** A reserve's row from its detail (a live update re-reads one reserve). */
export function summaryOfDetail(detail: ReserveDetail): ReserveSummary {
  const { answer: _answer, photos: _photos, job: _job, followUpJob: _followUp, events: _events, ...summary } = detail;
  return summary;
}
