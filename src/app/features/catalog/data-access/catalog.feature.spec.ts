import { CatalogApiActions, CatalogPageActions, CatalogRouterActions } from './catalog.actions';
import { catalogFeature, initialCatalogState } from './catalog.feature';
import { defaultCatalogQuery } from './catalog-query';
import { family, importResult, item } from '../testing/catalog-fixtures';

describe('catalog reducer', () => {
  const reducer = catalogFeature.reducer;
  const query = { ...defaultCatalogQuery, q: 'van', kind: 'part' as const };
  const withFamilies = reducer(initialCatalogState, CatalogApiActions.familiesLoaded({ families: [family(1), family(2), family(3)] }));

  it('takes the grid query from the URL and ignores late blocks of an older query', () => {
    let state = reducer(initialCatalogState, CatalogRouterActions.listQueryChanged({ query }));
    expect(state.list).toBe('loading');
    state = reducer(state, CatalogApiActions.listBlockLoaded({ query: defaultCatalogQuery, total: 999, currency: 'USD' }));
    expect(state.total).toBeNull();
    state = reducer(state, CatalogApiActions.listBlockLoaded({ query, total: 12, currency: 'EUR' }));
    expect(state.total).toBe(12);
    expect(state.currency).toBe('EUR');
    expect(catalogFeature.selectListView.projector(query, 0, 'loaded', 0).isEmpty).toBeTrue();
  });

  it('keeps families in the order the server gives and moves one at once on a drop', () => {
    expect(withFamilies.ids).toEqual(['f-1', 'f-2', 'f-3']);
    const moved = reducer(withFamilies, CatalogPageActions.familyMoved({ id: 'f-3', version: 1, position: 0 }));
    expect(moved.ids).toEqual(['f-3', 'f-1', 'f-2']);
    expect(moved.familySave).toBe('loading');
    const last = reducer(withFamilies, CatalogPageActions.familyMoved({ id: 'f-1', version: 1, position: 99 }));
    expect(last.ids).toEqual(['f-2', 'f-3', 'f-1']);
  });

  it('applies a saved family and removes a deleted one', () => {
    let state = reducer(withFamilies, CatalogApiActions.familySaved({ family: family(2, { name: 'Renamed', version: 2 }) }));
    expect(state.entities['f-2']?.name).toBe('Renamed');
    state = reducer(state, CatalogApiActions.familyDeleted({ id: 'f-1' }));
    expect(state.ids).toEqual(['f-2', 'f-3']);
    const error = { status: 409, code: 'family_not_empty', message: 'x' };
    expect(reducer(state, CatalogApiActions.familySaveFailed({ error })).familySave).toEqual({ error });
  });

  it('follows the item dialog from opening to a stale save, then to a saved item that refreshes the grid', () => {
    let state = reducer(initialCatalogState, CatalogPageActions.itemOpened({ id: 'i-1' }));
    expect(state.editor).toEqual({ itemId: 'i-1', item: null, load: 'loading', save: 'idle' });
    state = reducer(state, CatalogApiActions.itemLoaded({ item: item({ id: 'other' }) }));
    expect(state.editor.item).toBeNull();
    state = reducer(state, CatalogApiActions.itemLoaded({ item: item() }));
    expect(state.editor.item?.version).toBe(3);
    state = reducer(state, CatalogPageActions.itemUpdateSubmitted({ id: 'i-1', version: 3, patch: { name: 'x' } }));
    expect(state.editor.save).toBe('loading');
    const stale = { status: 412, code: 'version_mismatch', message: 'Stale' };
    state = reducer(state, CatalogApiActions.itemSaveFailed({ error: stale }));
    expect(state.editor.save).toEqual({ error: stale });
    const revision = state.listRevision;
    state = reducer(state, CatalogApiActions.itemSaved({ item: item({ version: 4 }), created: false }));
    expect(state.editor.save).toBe('loaded');
    expect(state.listRevision).toBe(revision + 1);
    expect(reducer(state, CatalogPageActions.newItemStarted()).editor.itemId).toBeNull();
  });

  it('walks the import through check, refusal with the lines, and success', () => {
    let state = reducer(initialCatalogState, CatalogPageActions.importStarted());
    state = reducer(state, CatalogPageActions.importFileChosen({ fileName: 'items.csv', csv: 'x' }));
    expect(state.import).toEqual({ phase: 'checking', fileName: 'items.csv', result: null, error: null });
    state = reducer(state, CatalogApiActions.importChecked({ result: importResult() }));
    expect(state.import.phase).toBe('checked');
    state = reducer(state, CatalogPageActions.importConfirmed({ csv: 'x' }));
    expect(state.import.phase).toBe('importing');
    const refused = importResult({ valid: false, dryRun: false, lines: [{ line: 2, reference: 'A', action: 'create', errors: [{ column: 'unit_price', code: 'invalid_price', message: 'm' }] }] });
    const error = { status: 422, code: 'import_rejected', message: 'no', details: refused };
    state = reducer(state, CatalogApiActions.importFailed({ error, result: refused }));
    expect(state.import.phase).toBe('checked');
    expect(state.import.result).toBe(refused);
    state = reducer(state, CatalogPageActions.importConfirmed({ csv: 'x' }));
    state = reducer(state, CatalogApiActions.importDone({ result: importResult({ dryRun: false }) }));
    expect(state.import.phase).toBe('done');
    expect(state.import.error).toBeNull();
  });

  it('keeps the file chooser after a failure with no result (network, 413)', () => {
    let state = reducer(initialCatalogState, CatalogPageActions.importFileChosen({ fileName: 'a.csv', csv: 'x' }));
    const error = { status: 413, code: 'payload_too_large', message: 'big' };
    state = reducer(state, CatalogApiActions.importFailed({ error, result: null }));
    expect(state.import.phase).toBe('idle');
    expect(state.import.error).toEqual(error);
  });
});
