import type { MockStore } from '@ngrx/store/testing';
import { openPage } from '../../../../testing/page-testing';
import { selectRole } from '../../../core/auth/auth.feature';
import { CatalogPageActions, defaultCatalogQuery, initialCatalogState } from '../data-access';
import { catalogTranslocoTesting } from '../testing/catalog-transloco';
import { CatalogPage } from './catalog-page';

describe('CatalogPage', () => {
  let store: MockStore;
  let element: HTMLElement;

  async function render(canEdit: boolean, total = 3) {
    const query = { ...defaultCatalogQuery, q: 'van', kind: 'part' as const };
    ({ store, element } = await openPage(CatalogPage, {
      imports: [catalogTranslocoTesting()],
      // The catalog as the page finds it once its families and first block have loaded.
      initialState: { catalog: { ...initialCatalogState, query, total, list: 'loaded', families: 'loaded' } },
      arrange: (mock) => mock.overrideSelector(selectRole, canEdit ? 'admin' : 'supervisor'),
    }));
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
