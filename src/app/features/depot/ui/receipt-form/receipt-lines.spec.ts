import { pastedSerials, placeReceiptProblems, repeatedSerials } from './receipt-lines';

describe('receipt lines', () => {
  it('reads one serial per line, trimmed, skipping blank lines but keeping line numbers', () => {
    expect(pastedSerials(' A1 \r\n\nB2\n  \nC3\n')).toEqual([
      { lineNumber: 1, serial: 'A1' },
      { lineNumber: 3, serial: 'B2' },
      { lineNumber: 5, serial: 'C3' },
    ]);
  });

  it('points at a line repeating a serial pasted higher up', () => {
    expect([...repeatedSerials(pastedSerials('A\nB\nA\nA')).entries()]).toEqual([
      [3, 1],
      [4, 1],
    ]);
  });

  it('places the server’s problems on the text-box lines they are about', () => {
    const sent = pastedSerials('A\n\nB\nC');
    const placed = placeReceiptProblems(sent, [
      { line: 2, requestLine: 1, serial: 'B', code: 'already_known', message: 'Known' },
      { line: 1, requestLine: 1, itemId: 'i-1', code: 'unknown_item', message: 'Gone' },
    ]);
    expect([...placed.byLine.keys()]).toEqual([3]);
    expect(placed.general.map((p) => p.code)).toEqual(['unknown_item']);
  });

  it('trusts the serial over the line number when they disagree', () => {
    const placed = placeReceiptProblems(pastedSerials('A\nB\nC'), [{ line: 1, requestLine: 1, serial: 'C', code: 'invalid_serial', message: '' }]);
    expect([...placed.byLine.keys()]).toEqual([3]);
  });
});
