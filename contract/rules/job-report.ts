import type { JobTotals } from '../job-report';

/** Totals of item lines: tax per line (rounded half up), summed. */
export function jobTotals(lines: readonly { lineTotalCents: number; taxRateBp: number }[], currency: string): JobTotals {
  let exclTaxCents = 0;
  let taxCents = 0;
  for (const line of lines) {
    exclTaxCents += line.lineTotalCents;
    taxCents += Math.round((line.lineTotalCents * line.taxRateBp) / 10_000);
  }
  return { exclTaxCents, taxCents, inclTaxCents: exclTaxCents + taxCents, currency };
}
