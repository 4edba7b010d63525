import type { ColDef } from 'ag-grid-community';

/** What a feature's cells may need of the reader's language and of the time. */
export interface GridLocale {
  lang: string;
  translate(key: string, params?: Record<string, unknown>): string;
  /** The minute ticker's time, read when a cell renders (ages). */
  now(): number;
  /** "3 min ago", from the time the cell renders. */
  relative(iso: string): string;
  /** A date and time. */
  dateTime(iso: string): string;
}

/**
 * A feature's grid, declared once in the feature's `ui/`: where its texts are and how its columns
 * are built in a language. `fd-infinite-grid` reads the texts, follows the language, rebuilds the
 * columns and re-renders the aging ones as the minutes pass.
 */
export interface GridDefinition<T, L extends object = object> {
  /** Names the grid in each user's remembered columns; without it nothing is remembered. */
  id?: string;
  /** The translation scope holding the keys below, if they are not in the root texts. */
  scope?: string;
  /** Translation key of the column labels (an object). */
  labels: string;
  /** Translation key of ag-grid's own texts (`localeText`: loading, no rows). */
  gridTexts?: string;
  /** Columns showing a time relative to now. */
  aging?: string[];
  columns(labels: L, locale: GridLocale): ColDef<T>[];
}
