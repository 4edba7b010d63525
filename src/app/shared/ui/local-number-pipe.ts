import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { formatLocalNumber, formatMoney } from '../util/format';

/** `{{ 12345 | localNumber }}` → "12,345" / "12 345". */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly activeLang = inject(TranslocoService).activeLang;

  transform(value: number | null | undefined): string {
    return formatLocalNumber(value, this.activeLang());
  }
}

/** `{{ cents | money: 'EUR' }}` → "€1,234.50" / "1 234,50 €". */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly activeLang = inject(TranslocoService).activeLang;

  transform(amountCents: number | null | undefined, currency: string): string {
    if (amountCents === null || amountCents === undefined) return '';
    return formatMoney(amountCents, currency, this.activeLang());
  }
}
