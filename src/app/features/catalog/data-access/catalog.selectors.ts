import { createSelector } from '@ngrx/store';
import { selectMay } from '../../../core/auth/may';
import { pathOf, selectQueryParams, selectUrl } from '../../../core/router/router.selectors';
import { callError } from '../../../shared/util/call-state';
import { catalogFeature, familiesAdapter } from './catalog.feature';
import { queryFromParams } from './catalog-query';

const { selectAll } = familiesAdapter.getSelectors(catalogFeature.selectCatalogState);

/** The grid's query written in the address bar, or null when the catalog page is not the one shown. */
export const selectCatalogQueryFromUrl = createSelector(selectUrl, selectQueryParams, (url, params) =>
  pathOf(url) === '/catalog' ? queryFromParams(params ?? {}) : null,
);

/** Administrators edit the catalog; dispatchers and supervisors read it (the server holds the same line). */
export const selectCanEditCatalog = selectMay('configuration', 'write');

export const selectFamiliesView = createSelector(
  selectAll,
  catalogFeature.selectFamilies,
  catalogFeature.selectFamilySave,
  catalogFeature.selectQuery,
  (families, callState, save, query) => ({
    families,
    callState,
    saving: save === 'loading',
    selectedId: query?.familyId ?? null,
    itemTotal: families.reduce((sum, f) => sum + f.itemCount, 0),
  }),
);

export const selectEditorView = createSelector(catalogFeature.selectEditor, catalogFeature.selectCurrency, (editor, currency) => ({
  ...editor,
  isNew: editor.itemId === null,
  loading: editor.load === 'loading',
  loadError: callError(editor.load),
  saving: editor.save === 'loading',
  saveError: callError(editor.save),
  currency: editor.item?.currency ?? currency ?? 'EUR',
}));

export const selectListView = catalogFeature.selectListView;
export const selectImport = catalogFeature.selectImport;
export const selectFamilies = selectAll;
