import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { ChoiceMenu } from './choice-menu';

describe('ChoiceMenu', () => {
  let fixture: ComponentFixture<ChoiceMenu<'light' | 'dark'>>;
  let chosen: string[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ChoiceMenu, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(ChoiceMenu<'light' | 'dark'>);
    fixture.componentRef.setInput('menu', {
      labelKey: 'toolbar.theme',
      labelParam: 'theme',
      icon: 'dark_mode',
      choices: [
        { value: 'light', labelKey: 'theme.light', icon: 'light_mode' },
        { value: 'dark', labelKey: 'theme.dark', icon: 'dark_mode', lang: 'en' },
      ],
      selected: 'dark',
    });
    chosen = [];
    fixture.componentInstance.chosen.subscribe((value) => chosen.push(value));
    await fixture.whenStable();
  });

  it('names its button after the chosen item and ticks the chosen item among radio items', async () => {
    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatMenuHarness);
    expect(await (await menu.host()).getAttribute('aria-label')).toBe('Theme: Dark');
    await menu.open();
    const items = await menu.getItems();
    expect(await Promise.all(items.map((i) => i.getText()))).toEqual(['light_modeLight', 'dark_modeDark']);
    const checked = await Promise.all(items.map(async (i) => (await i.host()).getAttribute('aria-checked')));
    expect(checked).toEqual(['false', 'true']);
    expect(await (await items[0].host()).getAttribute('role')).toBe('menuitemradio');
    expect(await (await items[1].host()).getAttribute('lang')).toBe('en');
  });

  it('says which item was chosen', async () => {
    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatMenuHarness);
    await menu.clickItem({ text: /Light/ });
    expect(chosen).toEqual(['light']);
  });
});
