import type { CatalogImportResult } from '@contract';

export interface ImportProblem {
  line: number;
  reference: string | null;
  column: string | null;
  /** i18n key of the reason (`catalog.importErrors.<code>`), with the server's values. */
  key: string;
  params: Record<string, unknown>;
}

/** One row per error, in file order: what the dry-run table lists. */
export function importProblems(result: CatalogImportResult | null): ImportProblem[] {
  if (!result) return [];
  return result.lines.flatMap((line) =>
    line.errors.map((error) => ({
      line: line.line,
      reference: line.reference,
      column: error.column,
      key: `catalog.importErrors.${error.code}`,
      params: { ...(error.params ?? {}), column: error.column ?? '' },
    })),
  );
}

export function linesWithErrors(result: CatalogImportResult | null): number {
  return result ? result.lines.filter((l) => l.errors.length > 0).length : 0;
}

/** Lines a real import would write (created or changed). */
export function linesToWrite(result: CatalogImportResult | null): number {
  return result ? result.created + result.updated : 0;
}

/** A spreadsheet saved as "CSV (Windows)" is not UTF-8: read it as Windows-1252 rather than show "�". */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
