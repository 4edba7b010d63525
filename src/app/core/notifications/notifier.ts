import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { type Observable, map, switchMap, take } from 'rxjs';
import { type ApiErrorInfo, apiErrorMessageKey } from '../../shared/util/api-error';

/** Short messages in a snackbar, always translated. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  info(key: string, params: Record<string, unknown> = {}): void {
    this.show(key, params, 4000);
  }

  error(error: ApiErrorInfo): void {
    const { key, params } = apiErrorMessageKey(error);
    this.show(key, params, 8000);
  }

  /** A message with one action (e.g. "Open"); emits once if the user takes it. */
  withAction(message: string, actionKey: string, duration = 10_000): Observable<void> {
    return this.transloco.selectTranslate<string>(actionKey).pipe(
      take(1),
      switchMap((action) => this.snackBar.open(message, action, { duration, politeness: 'polite' }).onAction()),
      map(() => undefined),
    );
  }

  private show(key: string, params: Record<string, unknown>, duration: number): void {
    // selectTranslate waits for the language file if it is still loading.
    this.transloco
      .selectTranslate<string>(key, params)
      .pipe(take(1))
      .subscribe((message) => {
        const close = this.transloco.translate<string>('common.close');
        this.snackBar.open(message, close, { duration, politeness: 'polite' });
      });
  }
}
