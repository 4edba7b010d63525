import { decimalsOf, quantityProblem, quantityProblemMessage } from '@contract';
import { AppError } from '../../shared/errors';

/**
 * A quantity must fit its item's unit (contract/rules/quantities.ts): 400 `invalid_quantity`
 * naming the field, like any invalid input, with the unit and the decimals it allows.
 */
export function assertQuantityFits(quantity: number, unit: string, path: string): void {
  const problem = quantityProblem(quantity, unit);
  if (!problem) return;
  const message = quantityProblemMessage(problem, unit);
  throw new AppError(400, 'invalid_quantity', message, {
    issues: [{ in: 'body', path, message }],
    unit,
    decimals: decimalsOf(unit),
    problem,
  });
}
