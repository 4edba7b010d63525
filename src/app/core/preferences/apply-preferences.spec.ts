import type { TranslocoService } from '@jsverse/transloco';
import type { Store } from '@ngrx/store';
import { BehaviorSubject } from 'rxjs';
import { applyLanguage, applyTheme } from './preferences.effects';
import type { ThemeMode } from './preferences-storage';

describe('applying preferences to the page', () => {
  it('sets the theme class on <html>, none for "system"', () => {
    const theme = new BehaviorSubject<ThemeMode>('dark');
    const doc = document.implementation.createHTMLDocument('t');
    applyTheme({ select: () => theme } as unknown as Store, doc).subscribe();
    expect(doc.documentElement.classList.contains('theme-dark')).toBeTrue();
    theme.next('light');
    expect(doc.documentElement.className).toBe('theme-light');
    theme.next('system');
    expect(doc.documentElement.className).toBe('');
  });

  it('switches the translations and the page language', () => {
    const locale = new BehaviorSubject('fr');
    const doc = document.implementation.createHTMLDocument('t');
    const transloco = jasmine.createSpyObj<TranslocoService>('TranslocoService', ['setActiveLang']);
    applyLanguage({ select: () => locale } as unknown as Store, transloco, doc).subscribe();
    expect(transloco.setActiveLang).toHaveBeenCalledWith('fr');
    expect(doc.documentElement.lang).toBe('fr');
  });
});
