import { family, item } from '../testing/catalog-fixtures';
import { defaultCatalogQuery } from './catalog-query';
import { selectCanEditCatalog, selectCatalogQueryFromUrl, selectEditorView, selectFamiliesView } from './catalog.selectors';

describe('catalog selectors', () => {
  it('reads the grid query from the address bar, only on /catalog', () => {
    const params = { q: ' van ', familyId: 'f-2', kind: 'service', active: 'false', sort: 'reference' };
    expect(selectCatalogQueryFromUrl.projector('/catalog?q=van', params)).toEqual({
      q: 'van',
      familyId: 'f-2',
      kind: 'service',
      active: false,
      sort: 'reference',
    });
    expect(selectCatalogQueryFromUrl.projector('/catalog', { kind: 'tool', active: 'maybe', sort: 'price' })).toEqual(defaultCatalogQuery);
    expect(selectCatalogQueryFromUrl.projector('/customers', {})).toBeNull();
  });

  it('lets administrators only edit the catalog', () => {
    expect(selectCanEditCatalog.projector('admin')).toBeTrue();
    expect(selectCanEditCatalog.projector('dispatcher')).toBeFalse();
    expect(selectCanEditCatalog.projector('supervisor')).toBeFalse();
    expect(selectCanEditCatalog.projector(null)).toBeFalse();
  });

  it('gives the panel the families, the selected one and the total of items', () => {
    const view = selectFamiliesView.projector([family(1), family(2)], 'loaded', 'loading', { ...defaultCatalogQuery, familyId: 'f-2' });
    expect(view.itemTotal).toBe(3);
    expect(view.selectedId).toBe('f-2');
    expect(view.saving).toBeTrue();
  });

  it('describes the item dialog: new or existing, errors, currency', () => {
    const error = { status: 412, code: 'version_mismatch', message: 'x' };
    const editing = selectEditorView.projector({ itemId: 'i-1', item: item({ currency: 'CHF' }), load: 'loaded', save: { error } }, 'EUR');
    expect(editing.isNew).toBeFalse();
    expect(editing.saveError).toEqual(error);
    expect(editing.currency).toBe('CHF');
    const fresh = selectEditorView.projector({ itemId: null, item: null, load: 'idle', save: 'idle' }, null);
    expect(fresh.isNew).toBeTrue();
    expect(fresh.currency).toBe('EUR');
  });
});
