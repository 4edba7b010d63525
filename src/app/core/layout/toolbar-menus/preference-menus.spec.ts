import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { PreferenceMenuActions } from '../../preferences/preferences.actions';
import { selectLocale, selectTheme } from '../../preferences/preferences.feature';
import { PreferenceMenus } from './preference-menus';

describe('PreferenceMenus', () => {
  let fixture: ComponentFixture<PreferenceMenus>;
  let store: MockStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PreferenceMenus, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideMockStore()],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectLocale, 'en');
    store.overrideSelector(selectTheme, 'dark');
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(PreferenceMenus);
    await fixture.whenStable();
  });

  const menus = () => TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(MatMenuHarness);

  it('offers the language, then the theme, each button naming what is chosen now', async () => {
    const [language, theme] = await menus();
    expect(await (await language.host()).getAttribute('aria-label')).toBe('Language: English');
    expect(await (await theme.host()).getAttribute('aria-label')).toBe('Theme: Dark');
    await language.open();
    expect(await Promise.all((await language.getItems()).map((i) => i.getText()))).toEqual(['checkEnglish', 'Français']);
  });

  it('says which language or theme was chosen', async () => {
    const [language, theme] = await menus();
    await language.clickItem({ text: /Français/ });
    expect(store.dispatch).toHaveBeenCalledWith(PreferenceMenuActions.languageSelected({ locale: 'fr' }));
    await theme.clickItem({ text: /Light/ });
    expect(store.dispatch).toHaveBeenCalledWith(PreferenceMenuActions.themeSelected({ theme: 'light' }));
  });
});
