/**
 * The notes the server writes on a stock movement, as a key and its parameters (issue 14 §1): the
 * console says them in the user's language; `note` keeps the English text for CSV exports and older
 * clients. A note a person typed (a transfer's, a receipt's, a repair's) has no key: it is shown as
 * typed, as are the notes written before keys existed (migration 0018).
 */
export const movementNoteKeys = [
  /** A take-back settled when its job ended: {job}. */
  'take_back_on_job',
  /** A take-back of a unit recorded at another customer, the move confirmed by the office: {customer}, {job}, {recordedAt}, {confirmedBy}. */
  'take_back_confirmed_from_customer',
  /** …of a unit recorded in a depot: {customer}, {job}, {recordedAt}, {confirmedBy}. */
  'take_back_confirmed_from_depot',
  /** A part a job's end took from the van: {job}. */
  'used_on_job',
  /** …that the van was recorded to hold less of: {quantity}, {job}, {held}, {missing}. */
  'used_with_shortfall',
  /** The office settled a line's stock shortfall (contract/rules/stock-shortfalls.ts), one key per way: {job}. */
  'shortfall_settled_van_count_corrected',
  'shortfall_settled_taken_from_depot',
  'shortfall_settled_written_off',
] as const;
export type MovementNoteKey = (typeof movementNoteKeys)[number];

/** A note's parameters: names, job numbers and quantities, as text. */
export type MovementNoteParams = Record<string, string>;

/** What a person typed with the change (a settlement's note): said as typed, after the note and a dash. */
export const movementNoteCommentParam = 'comment';

/** Parameters that name a job by its number: the console links them to the job. */
export const movementNoteJobParams: readonly string[] = ['job'];
/** Parameters that are quantities (written with a dot): the console writes them the user's way. */
export const movementNoteNumberParams: readonly string[] = ['quantity', 'held', 'missing'];

const ENGLISH: Record<MovementNoteKey, string> = {
  take_back_on_job: 'Taken back on job {job}',
  take_back_confirmed_from_customer: 'Taken back at {customer} on job {job}; was recorded at {recordedAt}; move confirmed by {confirmedBy}.',
  take_back_confirmed_from_depot: 'Taken back at {customer} on job {job}; was recorded at depot {recordedAt}; move confirmed by {confirmedBy}.',
  used_on_job: 'Used on job {job}',
  used_with_shortfall: 'Used {quantity} on job {job}; the van held {held}: {missing} missing from the stock count (stock shortfall).',
  shortfall_settled_van_count_corrected: 'Stock shortfall of job {job} settled: the van did hold it, its count was wrong',
  shortfall_settled_taken_from_depot: 'Stock shortfall of job {job} settled: taken from another depot without a transfer',
  shortfall_settled_written_off: 'Stock shortfall of job {job} settled: written off as a stock loss',
};

/** The English text of a note (the `note` column): a missing parameter is left out, never "undefined". */
export function movementNoteText(key: MovementNoteKey, params: MovementNoteParams): string {
  const said = ENGLISH[key].replace(/\{(\w+)\}/g, (_match, name: string) => params[name] ?? '');
  const comment = params[movementNoteCommentParam];
  return comment ? `${said} — ${comment}` : said;
}

export function isMovementNoteKey(value: unknown): value is MovementNoteKey {
  return typeof value === 'string' && (movementNoteKeys as readonly string[]).includes(value);
}
