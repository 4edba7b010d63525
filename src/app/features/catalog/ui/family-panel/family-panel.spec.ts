import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatMenuHarness } from '@angular/material/menu/testing';
import type { CatalogFamily } from '@contract';
import { catalogTranslocoTesting } from '../../testing/catalog-transloco';
import { type FamilyMove, FamilyPanel } from './family-panel';

const family = (n: number, itemCount = n): CatalogFamily => ({
  id: `f-${n}`,
  name: `Family ${n}`,
  sortOrder: n * 10,
  itemCount,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: n,
});

describe('FamilyPanel', () => {
  let fixture: ComponentFixture<FamilyPanel>;
  let element: HTMLElement;

  async function render(canEdit: boolean) {
    TestBed.configureTestingModule({ imports: [FamilyPanel, catalogTranslocoTesting()], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(FamilyPanel);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('families', [family(1), family(2, 0), family(3)]);
    fixture.componentRef.setInput('itemTotal', 4);
    fixture.componentRef.setInput('selectedId', 'f-2');
    fixture.componentRef.setInput('canEdit', canEdit);
    await fixture.whenStable();
  }

  it('lists families with their counts and marks the selected one; a click selects', async () => {
    await render(false);
    const buttons = Array.from(element.querySelectorAll<HTMLButtonElement>('button.select'));
    const shown = buttons.map((b) => [b.querySelector('.name')?.textContent?.trim(), b.querySelector('.count')?.textContent?.trim()]);
    expect(shown).toEqual([
      ['All families', '4'],
      ['Family 1', '1'],
      ['Family 2', '0'],
      ['Family 3', '3'],
    ]);
    expect(buttons[1]!.querySelector('.count')?.getAttribute('aria-label')).toBe('1 item');
    expect(buttons[2]!.getAttribute('aria-pressed')).toBe('true');
    const picked: (string | null)[] = [];
    fixture.componentInstance.selected.subscribe((id) => picked.push(id));
    buttons[3]!.click();
    buttons[0]!.click();
    expect(picked).toEqual(['f-3', null]);
  });

  it('shows no editing controls to readers', async () => {
    await render(false);
    expect(element.querySelector('.handle')).toBeNull();
    expect(element.querySelector('[aria-label^="Actions for"]')).toBeNull();
    expect(element.querySelector('form.add')).toBeNull();
  });

  it('moves a family with the keyboard alternative (menu: move up / move down)', async () => {
    await render(true);
    const moves: FamilyMove[] = [];
    fixture.componentInstance.moved.subscribe((m) => moves.push(m));
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const menus = await loader.getAllHarnesses(MatMenuHarness);
    await menus[1]!.clickItem({ text: /Move up/ });
    await menus[0]!.open();
    const items = await menus[0]!.getItems();
    const texts = await Promise.all(items.map((i) => i.getText()));
    const moveUp = items[texts.findIndex((t) => t.includes('Move up'))]!;
    expect(await moveUp.isDisabled()).toBeTrue();
    await menus[0]!.close();
    await menus[0]!.clickItem({ text: /Move down/ });
    expect(moves).toEqual([
      { id: 'f-2', version: 2, position: 0 },
      { id: 'f-1', version: 1, position: 1 },
    ]);
  });

  it('offers deletion only for an empty family; adds a family by name', async () => {
    await render(true);
    const deletes: string[] = [];
    fixture.componentInstance.deleteRequested.subscribe((f) => deletes.push(f.id));
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const menus = await loader.getAllHarnesses(MatMenuHarness);
    await menus[0]!.open();
    const items = await menus[0]!.getItems();
    const last = items[items.length - 1]!;
    expect(await last.isDisabled()).toBeTrue();
    await menus[0]!.close();
    await menus[1]!.clickItem({ text: /Delete/ });
    expect(deletes).toEqual(['f-2']);

    const added: string[] = [];
    fixture.componentInstance.added.subscribe((name) => added.push(name));
    const field = element.querySelector<HTMLInputElement>('form.add input')!;
    field.value = '  Valves ';
    field.dispatchEvent(new Event('input'));
    element.querySelector('form.add')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(added).toEqual(['Valves']);
  });
});
