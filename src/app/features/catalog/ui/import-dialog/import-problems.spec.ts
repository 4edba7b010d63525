import { decodeCsv, importProblems, linesToWrite } from './import-problems';

describe('import problems', () => {
  it('flattens the errors of every line in file order, with their translation key and values', () => {
    const problems = importProblems({
      valid: false,
      dryRun: true,
      created: 0,
      updated: 0,
      unchanged: 0,
      lines: [
        { line: 1, reference: null, action: null, errors: [{ column: 'colour', code: 'unknown_column', message: 'm', params: { name: 'colour' } }] },
        { line: 2, reference: 'A', action: 'create', errors: [] },
      ],
    });
    expect(problems).toEqual([
      { line: 1, reference: null, column: 'colour', key: 'catalog.importErrors.unknown_column', params: { name: 'colour', column: 'colour' } },
    ]);
    expect(linesToWrite(null)).toBe(0);
  });

  it('reads UTF-8, and falls back to Windows-1252 for a spreadsheet’s "CSV (Windows)"', () => {
    expect(decodeCsv(new TextEncoder().encode('Électrovanne').buffer as ArrayBuffer)).toBe('Électrovanne');
    expect(decodeCsv(new Uint8Array([0xc9, 0x6c, 0x65, 0x63]).buffer)).toBe('Élec');
  });
});
