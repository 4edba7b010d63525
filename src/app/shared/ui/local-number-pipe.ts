import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { formatLocalNumber } from '../util/format';

/** `{{ 12345 | localNumber }}` → "12,345" / "12 345". */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly activeLang = inject(TranslocoService).activeLang;

  transform(value: number | null | undefined): string {
    return formatLocalNumber(value, this.activeLang());
  }
}
