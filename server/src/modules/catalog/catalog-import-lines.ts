import {
  CatalogReference,
  SafeText,
  type CatalogCsvColumn,
  type CatalogImportAction,
  type CatalogImportError,
  type CatalogItemKind,
  type CatalogUnit,
} from '@contract';
import { searchForm } from '../../shared/text';
import { parseKind, parsePrice, parseTaxRate, parseUnit, parseYesNo } from './catalog-csv-values';
import { flagProblems, holdingProblems, type ItemHoldings } from './catalog-rules';
import type { SheetRow } from './catalog-csv-sheet';

/** The editable fields of an item, as the import compares and writes them. */
export interface ItemValues {
  familyId: string;
  kind: CatalogItemKind;
  reference: string;
  name: string;
  description: string | null;
  unit: CatalogUnit;
  unitPriceCents: number;
  taxRateBp: number;
  isSerialized: boolean;
  isStockTracked: boolean;
  isActive: boolean;
}

export interface ExistingItem {
  id: string;
  version: number;
  values: ItemValues;
  holdings: ItemHoldings;
}

export interface CheckedLine {
  line: number;
  reference: string | null;
  action: CatalogImportAction | null;
  errors: CatalogImportError[];
  values: ItemValues | null;
  existing: ExistingItem | null;
}

export interface LineContext {
  familyByName: Map<string, { id: string; name: string }>;
  existingByReference: Map<string, ExistingItem>;
  /** First line of each reference seen so far in the file. */
  firstLineOf: Map<string, number>;
}

const NAME = SafeText(200).min(1);
const DESCRIPTION = SafeText(2000);

type Issue = Omit<CatalogImportError, 'column'>;
const issue = (code: CatalogImportError['code'], message: string, params?: CatalogImportError['params']): Issue =>
  params ? { code, message, params } : { code, message };

/**
 * One CSV line → the item it describes, or its errors column by column. An empty optional cell
 * keeps the current value of an existing item (or the default of a new one); an empty
 * description clears it.
 */
export function checkLine(row: SheetRow, context: LineContext): CheckedLine {
  const errors: CatalogImportError[] = [...row.errors];
  const fail = (column: CatalogCsvColumn, problem: Issue) => {
    errors.push({ column, ...problem });
    return undefined;
  };
  const read = <T>(column: CatalogCsvColumn, required: boolean, parseCell: (text: string) => T | Issue): T | undefined => {
    const text = row.cells[column];
    if (text === undefined || text === '') return required ? fail(column, issue('required', 'A value is needed')) : undefined;
    const value = parseCell(text);
    return isIssue(value) ? fail(column, value) : value;
  };

  const reference = read('reference', true, (text) => {
    const parsed = CatalogReference.safeParse(text);
    return parsed.success ? parsed.data : issue('invalid_reference', 'Letters, digits and . _ / - only, at most 40 characters');
  });
  if (reference !== undefined) {
    const first = context.firstLineOf.get(reference);
    if (first === undefined) context.firstLineOf.set(reference, row.line);
    else fail('reference', issue('duplicate_in_file', `Reference already used on line ${first}`, { line: first }));
  }
  const name = read('name', true, (text) => checkText(NAME, text, 200));
  const family = read('family', true, (text) => {
    const found = context.familyByName.get(searchForm(text));
    return found ?? issue('unknown_family', `No family is named "${text}"`, { family: text });
  });
  const kind = read('kind', true, (text) => parseKind(text) ?? issue('invalid_kind', 'Expected part or service'));
  const unit = read('unit', false, (text) => parseUnit(text) ?? issue('invalid_unit', 'Expected unit, hour, metre, litre, kg or flat'));
  const unitPriceCents = read('unit_price', true, (text) => parsePrice(text) ?? issue('invalid_price', 'Expected a price such as 12.50 or 12,50'));
  const taxRateBp = read('tax_rate', true, (text) => parseTaxRate(text) ?? issue('invalid_tax_rate', 'Expected a rate in % such as 20 or 5.5'));
  const yesNo = (text: string) => parseYesNo(text) ?? issue('invalid_yes_no', 'Expected yes or no');
  const isSerialized = read('serialized', false, yesNo);
  const isStockTracked = read('stock_tracked', false, yesNo);
  const isActive = read('active', false, yesNo);
  const descriptionText = row.cells.description;
  const description = descriptionText ? read('description', false, (text) => checkText(DESCRIPTION, text, 2000)) : null;

  const existing = reference !== undefined ? (context.existingByReference.get(reference) ?? null) : null;
  const base = existing?.values;
  const given = <K extends keyof ItemValues>(value: ItemValues[K] | undefined, key: K, fallback: ItemValues[K]) =>
    value !== undefined ? value : base ? base[key] : fallback;
  const complete =
    reference !== undefined && name !== undefined && family !== undefined && kind !== undefined && unitPriceCents !== undefined && taxRateBp !== undefined;
  const values: ItemValues | null = complete
    ? {
        familyId: family.id,
        kind,
        reference,
        name,
        description: descriptionText === undefined ? (base?.description ?? null) : (description ?? null),
        unit: given(unit, 'unit', 'unit'),
        unitPriceCents,
        taxRateBp,
        isSerialized: given(isSerialized, 'isSerialized', false),
        isStockTracked: given(isStockTracked, 'isStockTracked', false),
        isActive: given(isActive, 'isActive', true),
      }
    : null;

  if (values) {
    for (const problem of flagProblems(values)) {
      fail(problem.field === 'isSerialized' ? 'serialized' : 'stock_tracked', issue(problem.code, problem.message));
    }
    if (existing) {
      for (const problem of holdingProblems(existing.values, values, existing.holdings)) {
        if (problem === 'serialized_locked') {
          fail('serialized', issue('serialized_locked', 'Serial units of this item exist: it stays as it is', { units: existing.holdings.serialUnitCount }));
        } else {
          fail('stock_tracked', issue('stock_tracked_locked', 'This item has stock in depots: it stays stock-tracked', { quantity: existing.holdings.stockQuantity }));
        }
      }
    }
  }
  const action: CatalogImportAction | null =
    reference === undefined ? null : !existing ? 'create' : values && sameValues(existing.values, values) ? 'unchanged' : 'update';
  return { line: row.line, reference: reference ?? row.cells.reference ?? null, action, errors, values, existing };
}

function isIssue(value: unknown): value is Issue {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

function checkText(schema: typeof NAME, text: string, max: number): string | Issue {
  if (text.length > max) return issue('too_long', `At most ${max} characters`, { max });
  const parsed = schema.safeParse(text);
  return parsed.success ? parsed.data : issue('invalid_text', 'Invalid characters found');
}

export function sameValues(a: ItemValues, b: ItemValues): boolean {
  return (Object.keys(a) as (keyof ItemValues)[]).every((key) => a[key] === b[key]);
}
