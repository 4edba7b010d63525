import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { formatRelativeTime } from '../util/relative-time';
import { NowTicker } from './now-ticker';

/**
 * `{{ iso | relativeTime }}` in the active language. Impure on purpose: it reads the language and
 * the minute ticker (signals), so the view refreshes when either changes; results are memoised.
 */
@Pipe({ name: 'relativeTime', pure: false })
export class RelativeTimePipe implements PipeTransform {
  private readonly activeLang = inject(TranslocoService).activeLang;
  private readonly ticker = inject(NowTicker);
  private memo = { key: '', value: '' };

  transform(iso: string | null | undefined): string {
    if (!iso) return '';
    const lang = this.activeLang();
    const now = this.ticker.now();
    const key = `${iso}|${lang}|${now}`;
    if (key !== this.memo.key) this.memo = { key, value: formatRelativeTime(iso, now, lang) };
    return this.memo.value;
  }
}
