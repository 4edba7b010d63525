import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { quantityText } from '../util/quantity';

/** `{{ line.quantity | quantity: line.unit }}` → "2 pieces" / "2,5 m" (impure: follows language changes). */
@Pipe({ name: 'quantity', pure: false })
export class QuantityPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(quantity: number | null | undefined, unit: string): string {
    if (quantity === null || quantity === undefined) return '';
    return quantityText(quantity, unit, this.transloco.getActiveLang(), (key, params) => this.transloco.translate(key, params));
  }
}
