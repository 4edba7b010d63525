import en from '../../../../../public/i18n/catalog/en.json';
import fr from '../../../../../public/i18n/catalog/fr.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

// Repeated from contract/catalog.ts (the console imports no values from it): each code needs a sentence.
const importErrorCodes = [
  'csv_syntax', 'empty_file', 'too_many_lines', 'unknown_column', 'missing_column', 'duplicate_column', 'required',
  'invalid_reference', 'duplicate_in_file', 'unknown_family', 'invalid_kind', 'invalid_unit', 'invalid_price',
  'invalid_tax_rate', 'invalid_yes_no', 'invalid_text', 'too_long', 'service_not_serialized', 'service_not_stock_tracked',
  'serialized_locked', 'stock_tracked_locked', 'wrong_column_count',
];

describe('catalog translations', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
    for (const tree of [en, fr] as Tree[]) {
      const empty = keysOf(tree).filter((key) => !key.split('.').reduce<unknown>((node, k) => (node as Tree)[k], tree));
      expect(empty).toEqual([]);
    }
  });

  it('have a sentence for every import problem', () => {
    const keys = keysOf(en as Tree);
    for (const code of importErrorCodes) expect(keys).withContext(code).toContain(`importErrors.${code}`);
  });
});
