import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, of, switchMap } from 'rxjs';

/** Route `title`s are i18n keys: "Customers · FieldDesk", re-translated when the language changes. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly titleKey = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    const title = inject(Title);
    const transloco = inject(TranslocoService);
    this.titleKey
      .pipe(switchMap((key) => (key ? transloco.selectTranslate<string>(key) : of(null))))
      .subscribe((page) => title.setTitle(page ? `${page} · FieldDesk` : 'FieldDesk'));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.titleKey.next(this.buildTitle(snapshot));
  }
}
