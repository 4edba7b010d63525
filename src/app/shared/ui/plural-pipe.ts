import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { pluralKey } from '../util/plural';

/**
 * `{{ 'a.fieldCount' | plural: n | transloco: { count: n } }}` reads `a.fieldCount.one` or
 * `a.fieldCount.other` in the active language (impure: follows language changes).
 */
@Pipe({ name: 'plural', pure: false })
export class PluralPipe implements PipeTransform {
  private readonly activeLang = inject(TranslocoService).activeLang;

  transform(key: string, count: number): string {
    return pluralKey(key, count, this.activeLang());
  }
}
