import type { CatalogFamily, CatalogImportResult, CatalogItemDetail } from '@contract';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { CallState } from '../../../shared/util/call-state';
import { CatalogApiActions, CatalogPageActions, CatalogRouterActions } from './catalog.actions';
import { type CatalogQuery, sameQuery } from './catalog-query';

/** The item dialog: a new item (itemId null) or an existing one, loaded fresh when opened. */
export interface ItemEditorState {
  itemId: string | null;
  item: CatalogItemDetail | null;
  load: CallState;
  save: CallState;
}

export type ImportPhase = 'idle' | 'checking' | 'checked' | 'importing' | 'done';

/** The CSV import dialog; the file's text stays with the page, only what is shown lives here. */
export interface ImportState {
  phase: ImportPhase;
  fileName: string | null;
  result: CatalogImportResult | null;
  error: ApiErrorInfo | null;
}

/** Families (ordered, few) are entities; the items stream into the grid and never enter the store. */
export interface CatalogState extends EntityState<CatalogFamily> {
  families: CallState;
  familySave: CallState;
  /** From the URL; null until the catalog page's address has been read. */
  query: CatalogQuery | null;
  total: number | null;
  list: CallState;
  /** Bumped after a write so the grid reads its blocks again. */
  listRevision: number;
  /** settings.currency, learnt from the items (prices are shown and typed in it). */
  currency: string | null;
  editor: ItemEditorState;
  import: ImportState;
}

export const familiesAdapter = createEntityAdapter<CatalogFamily>();

const closedEditor: ItemEditorState = { itemId: null, item: null, load: 'idle', save: 'idle' };
const idleImport: ImportState = { phase: 'idle', fileName: null, result: null, error: null };

export const initialCatalogState: CatalogState = familiesAdapter.getInitialState({
  families: 'idle',
  familySave: 'idle',
  query: null,
  total: null,
  list: 'idle',
  listRevision: 0,
  currency: null,
  editor: closedEditor,
  import: idleImport,
});

/** Moves one id to `position` (the server renumbers the same way): the panel follows the drop at once. */
function moveId(ids: readonly string[], id: string, position: number): string[] {
  const others = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(position, others.length));
  return [...others.slice(0, at), id, ...others.slice(at)];
}

export const catalogFeature = createFeature({
  name: 'catalog',
  reducer: createReducer(
    initialCatalogState,
    on(CatalogRouterActions.listQueryChanged, (state, { query }) => ({ ...state, query, total: null, list: 'loading' as const })),
    on(CatalogPageActions.listRetried, (state) => ({ ...state, list: 'loading' as const, listRevision: state.listRevision + 1 })),
    // Blocks of an older query may still land after the query changed: ignore them.
    on(CatalogApiActions.listBlockLoaded, (state, { query, total, currency }) =>
      sameQuery(query, state.query)
        ? { ...state, total, list: 'loaded' as const, currency: currency ?? state.currency }
        : state,
    ),
    on(CatalogApiActions.listBlockFailed, (state, { query, error }) =>
      sameQuery(query, state.query) ? { ...state, list: { error } } : state,
    ),

    on(CatalogPageActions.opened, CatalogPageActions.familiesRetried, (state) => ({ ...state, families: 'loading' as const })),
    on(CatalogApiActions.familiesLoaded, (state, { families }) =>
      familiesAdapter.setAll(families, { ...state, families: 'loaded' as const }),
    ),
    on(CatalogApiActions.familiesLoadFailed, (state, { error }) => ({ ...state, families: { error } })),
    on(CatalogPageActions.familyAdded, CatalogPageActions.familyRenamed, CatalogPageActions.familyDeleteConfirmed, (state) => ({
      ...state,
      familySave: 'loading' as const,
    })),
    on(CatalogPageActions.familyMoved, (state, { id, position }) => ({
      ...state,
      ids: moveId(state.ids as string[], id, position),
      familySave: 'loading' as const,
    })),
    on(CatalogApiActions.familySaved, (state, { family }) =>
      familiesAdapter.upsertOne(family, { ...state, familySave: 'loaded' as const }),
    ),
    on(CatalogApiActions.familyDeleted, (state, { id }) => familiesAdapter.removeOne(id, { ...state, familySave: 'loaded' as const })),
    on(CatalogApiActions.familySaveFailed, (state, { error }) => ({ ...state, familySave: { error } })),

    on(CatalogPageActions.newItemStarted, (state) => ({ ...state, editor: closedEditor })),
    on(CatalogPageActions.itemOpened, (state, { id }) => ({ ...state, editor: { ...closedEditor, itemId: id, load: 'loading' as const } })),
    on(CatalogPageActions.latestItemRequested, (state) => ({ ...state, editor: { ...state.editor, load: 'loading' as const } })),
    on(CatalogApiActions.itemLoaded, (state, { item }) =>
      item.id === state.editor.itemId ? { ...state, editor: { ...state.editor, item, load: 'loaded' as const } } : state,
    ),
    on(CatalogApiActions.itemLoadFailed, (state, { id, error }) =>
      id === state.editor.itemId ? { ...state, editor: { ...state.editor, load: { error } } } : state,
    ),
    on(CatalogPageActions.itemCreateSubmitted, CatalogPageActions.itemUpdateSubmitted, (state) => ({
      ...state,
      editor: { ...state.editor, save: 'loading' as const },
    })),
    on(CatalogApiActions.itemLoaded, CatalogApiActions.itemSaved, (state, { item }) => ({ ...state, currency: item.currency })),
    on(CatalogApiActions.itemSaved, (state, { item }) => ({
      ...state,
      editor: { itemId: item.id, item, load: 'loaded' as const, save: 'loaded' as const },
      listRevision: state.listRevision + 1,
    })),
    on(CatalogApiActions.itemSaveFailed, (state, { error }) => ({ ...state, editor: { ...state.editor, save: { error } } })),

    on(CatalogPageActions.importStarted, (state) => ({ ...state, import: idleImport })),
    on(CatalogPageActions.importFileChosen, (state, { fileName }) => ({
      ...state,
      import: { ...idleImport, phase: 'checking' as const, fileName },
    })),
    on(CatalogPageActions.importFileRefused, (state, { fileName, error }) => ({
      ...state,
      import: { ...idleImport, fileName, error },
    })),
    on(CatalogApiActions.importChecked, (state, { result }) => ({
      ...state,
      import: { ...state.import, phase: 'checked' as const, result, error: null },
    })),
    on(CatalogPageActions.importConfirmed, (state) => ({ ...state, import: { ...state.import, phase: 'importing' as const, error: null } })),
    on(CatalogApiActions.importDone, (state, { result }) => ({
      ...state,
      import: { ...state.import, phase: 'done' as const, result },
      listRevision: state.listRevision + 1,
    })),
    on(CatalogApiActions.importFailed, (state, { error, result }) => ({
      ...state,
      import: result
        ? { ...state.import, phase: 'checked' as const, result, error }
        : { ...state.import, phase: state.import.result ? ('checked' as const) : ('idle' as const), error },
    })),
  ),
  extraSelectors: ({ selectQuery, selectTotal, selectList, selectListRevision }) => ({
    selectListView: createSelector(selectQuery, selectTotal, selectList, selectListRevision, (query, total, list, revision) => ({
      query,
      total,
      revision,
      callState: list,
      isEmpty: list === 'loaded' && total === 0,
    })),
  }),
});
