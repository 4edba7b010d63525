import { themeQuartz } from 'ag-grid-community';

/**
 * The one look of every grid. Material's colour tokens use light-dark(), so the grid follows the
 * app's light and dark mode by itself, provided it inherits the page's `color-scheme`: ag-grid
 * otherwise pins its own part of the page to `light`.
 */
export const gridTheme = themeQuartz.withParams({
  browserColorScheme: 'inherit',
  backgroundColor: 'var(--mat-sys-surface)',
  foregroundColor: 'var(--mat-sys-on-surface)',
  headerBackgroundColor: 'var(--mat-sys-surface-container)',
  accentColor: 'var(--mat-sys-primary)',
  borderColor: 'var(--mat-sys-outline-variant)',
  tooltipBackgroundColor: 'var(--mat-sys-inverse-surface)',
  tooltipTextColor: 'var(--mat-sys-inverse-on-surface)',
  fontFamily: 'inherit',
  fontSize: 14,
});
