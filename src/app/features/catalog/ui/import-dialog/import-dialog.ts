import { ChangeDetectionStrategy, Component, type Signal, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CatalogImportResult } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import type { ApiErrorInfo } from '../../../../shared/util/api-error';
import { decodeCsv, importProblems, linesToWrite, linesWithErrors } from './import-problems';

export interface ImportDialogView {
  phase: 'idle' | 'checking' | 'checked' | 'importing' | 'done';
  fileName: string | null;
  result: CatalogImportResult | null;
  error: ApiErrorInfo | null;
}

export interface ImportDialogData {
  view: Signal<ImportDialogView>;
  maxBytes: number;
  describeError: (error: ApiErrorInfo) => { key: string; params: Record<string, unknown> };
  chooseFile: (fileName: string, csv: string) => void;
  refuseFile: (fileName: string, error: ApiErrorInfo) => void;
  confirm: () => void;
}

/** Shown at most: a file with thousands of bad lines is fixed from the first ones. */
export const MAX_PROBLEMS_SHOWN = 200;

/**
 * CSV import in two steps: a dry run lists every problem line by line; "Import N lines" is enabled
 * only when the file is clean; then progress, then what was created and updated.
 */
@Component({
  selector: 'fd-import-dialog',
  imports: [MatButtonModule, MatDialogModule, MatIconModule, MatProgressBarModule, TranslocoPipe, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-dialog.html',
  styleUrl: './import-dialog.scss',
})
export class ImportDialog {
  protected readonly data = inject<ImportDialogData>(MAT_DIALOG_DATA);
  protected readonly view = this.data.view;
  protected readonly problemHeadings = ['catalog.import.line', 'catalog.import.reference', 'catalog.import.column', 'catalog.import.problem'];

  protected readonly problems = computed(() => importProblems(this.view().result));
  protected readonly shownProblems = computed(() => this.problems().slice(0, MAX_PROBLEMS_SHOWN));
  protected readonly badLines = computed(() => linesWithErrors(this.view().result));
  protected readonly toWrite = computed(() => linesToWrite(this.view().result));
  protected readonly busy = computed(() => ['checking', 'importing'].includes(this.view().phase));
  protected readonly canImport = computed(() => {
    const { phase, result } = this.view();
    return phase === 'checked' && result !== null && result.valid && this.toWrite() > 0;
  });
  protected readonly error = computed(() => {
    const error = this.view().error;
    return error ? this.data.describeError(error) : null;
  });

  protected async fileSelected(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > this.data.maxBytes) {
      this.data.refuseFile(file.name, { status: 413, code: 'payload_too_large', message: 'File too large' });
      return;
    }
    this.data.chooseFile(file.name, decodeCsv(await file.arrayBuffer()));
  }

  protected confirm(): void {
    if (this.canImport()) this.data.confirm();
  }
}
