import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import {
  CatalogPageActions,
  defaultCatalogQuery,
  selectCanEditCatalog,
  selectEditorView,
  selectFamilies,
  selectFamiliesView,
  selectImport,
  selectListView,
} from '../data-access';
import { catalogTranslocoTesting } from '../testing/catalog-transloco';
import { CatalogPage } from './catalog-page';

describe('CatalogPage', () => {
  let fixture: ComponentFixture<CatalogPage>;
  let store: MockStore;
  let element: HTMLElement;

  async function render(canEdit: boolean, total = 3) {
    TestBed.configureTestingModule({
      imports: [CatalogPage, catalogTranslocoTesting()],
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideMockStore()],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const query = { ...defaultCatalogQuery, q: 'van', kind: 'part' as const };
    store.overrideSelector(selectCanEditCatalog, canEdit);
    store.overrideSelector(selectListView, { query, total, revision: 0, callState: 'loaded', isEmpty: total === 0 });
    store.overrideSelector(selectFamiliesView, { families: [], callState: 'loaded', saving: false, selectedId: null, itemTotal: 0 });
    store.overrideSelector(selectFamilies, []);
    store.overrideSelector(selectEditorView, {
      itemId: null, item: null, load: 'idle', save: 'idle', isNew: true, loading: false, loadError: null, saving: false, saveError: null, currency: 'EUR',
    });
    store.overrideSelector(selectImport, { phase: 'idle', fileName: null, result: null, error: null });
    fixture = TestBed.createComponent(CatalogPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  const buttonTexts = () => Array.from(element.querySelectorAll('.page-header button, .page-header a')).map((b) => b.textContent?.trim());

  it('lets an administrator create and import; everyone may export what the grid shows', async () => {
    await render(true);
    expect(store.dispatch).toHaveBeenCalledWith(CatalogPageActions.opened());
    expect(buttonTexts()).toEqual(['download Export CSV', 'upload Import CSV', 'add New item']);
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe('/api/catalog/items/export.csv?sort=name&q=van&kind=part');
    expect(element.querySelector('.total')?.textContent).toContain('3 items');
  });

  it('hides every write from readers (the server refuses them too)', async () => {
    await render(false);
    expect(buttonTexts()).toEqual(['download Export CSV']);
    expect(element.querySelector('form.add')).toBeNull();
  });

  it('tells an empty result of filters apart from an empty catalog', async () => {
    await render(true, 0);
    expect(element.querySelector('div.empty')?.textContent).toContain('No item matches these filters.');
  });
});
