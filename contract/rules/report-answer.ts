/** The outcomes of a `validation` field of a report. */
export const validationOutcomes = ['compliant', 'not_compliant', 'not_applicable'] as const;
export type ValidationAnswer = (typeof validationOutcomes)[number];
