import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { type DateStyle, formatLocalDate } from '../util/format';

/** `{{ iso | localDate: 'date' }}` formatted for the active language (impure: follows language changes). */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly activeLang = inject(TranslocoService).activeLang;

  transform(iso: string | null | undefined, style: DateStyle = 'dateTime'): string {
    return formatLocalDate(iso, this.activeLang(), style);
  }
}
