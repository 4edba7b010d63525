import type { ReceiptLineProblem } from '@contract';

/** A serial as pasted: where it sits in the text box (1-based line) and its trimmed value. */
export interface PastedSerial {
  lineNumber: number;
  serial: string;
}

/** The server accepts at most this many serials in one line of a receipt. */
export const MAX_SERIALS_PER_RECEIPT = 1000;

/** One serial per line; blank lines are skipped (a trailing newline from a paste is common). */
export function pastedSerials(text: string): PastedSerial[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ lineNumber: index + 1, serial: line.trim() }))
    .filter((line) => line.serial !== '');
}

/** Lines repeating a serial already pasted higher up: caught before anything is sent. */
export function repeatedSerials(serials: readonly PastedSerial[]): Map<number, number> {
  const firstSeen = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const { lineNumber, serial } of serials) {
    const first = firstSeen.get(serial);
    if (first === undefined) firstSeen.set(serial, lineNumber);
    else repeats.set(lineNumber, first);
  }
  return repeats;
}

export interface ReceiptProblemsByLine {
  /** Text-box line number → the server's problems with the serial on that line. */
  byLine: Map<number, ReceiptLineProblem[]>;
  /** Problems about the receipt as a whole (unknown item, item not serialized, …). */
  general: ReceiptLineProblem[];
}

/**
 * Puts the server's problems next to the pasted lines they are about. `line` counts the serials
 * that were sent (blank lines skipped); the serial itself, when given, settles any doubt.
 */
export function placeReceiptProblems(sent: readonly PastedSerial[], problems: readonly ReceiptLineProblem[]): ReceiptProblemsByLine {
  const byLine = new Map<number, ReceiptLineProblem[]>();
  const general: ReceiptLineProblem[] = [];
  for (const problem of problems) {
    const lineNumber = problem.serial === undefined ? undefined : lineOf(sent, problem);
    if (lineNumber === undefined) general.push(problem);
    else byLine.set(lineNumber, [...(byLine.get(lineNumber) ?? []), problem]);
  }
  return { byLine, general };
}

function lineOf(sent: readonly PastedSerial[], problem: ReceiptLineProblem): number | undefined {
  const atIndex = sent[problem.line - 1];
  if (atIndex && atIndex.serial === problem.serial) return atIndex.lineNumber;
  return sent.find((s) => s.serial === problem.serial)?.lineNumber;
}
