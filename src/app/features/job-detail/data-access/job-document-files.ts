import { Injectable } from '@angular/core';
import type { ChosenDocument } from './job-detail.actions';

/**
 * The files chosen in the job form, until they are uploaded. `File` is not serializable: actions
 * and state carry `{ key, name }`, the upload effect takes the file itself from here.
 */
@Injectable({ providedIn: 'root' })
export class JobDocumentFiles {
  private readonly files = new Map<string, File>();

  keep(files: readonly File[]): ChosenDocument[] {
    return files.map((file) => {
      const key = crypto.randomUUID();
      this.files.set(key, file);
      return { key, name: file.name };
    });
  }

  take(key: string): File | null {
    const file = this.files.get(key) ?? null;
    this.files.delete(key);
    return file;
  }
}
