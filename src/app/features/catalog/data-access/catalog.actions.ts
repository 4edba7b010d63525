import type { CatalogFamily, CatalogImportResult, CatalogItemDetail, CatalogItemInput, CatalogItemPatch } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { CatalogQuery } from './catalog-query';

export const CatalogRouterActions = createActionGroup({
  source: 'Catalog Router',
  events: {
    listQueryChanged: props<{ query: CatalogQuery }>(),
  },
});

export const CatalogPageActions = createActionGroup({
  source: 'Catalog Page',
  events: {
    opened: emptyProps(),
    queryChanged: props<{ changes: Partial<CatalogQuery> }>(),
    listRetried: emptyProps(),
    familiesRetried: emptyProps(),
    familyAdded: props<{ name: string }>(),
    familyRenamed: props<{ id: string; version: number; name: string }>(),
    familyMoved: props<{ id: string; version: number; position: number }>(),
    familyDeleteConfirmed: props<{ id: string; version: number }>(),
    newItemStarted: emptyProps(),
    itemOpened: props<{ id: string }>(),
    latestItemRequested: props<{ id: string }>(),
    itemCreateSubmitted: props<{ input: CatalogItemInput }>(),
    itemUpdateSubmitted: props<{ id: string; version: number; patch: CatalogItemPatch }>(),
    importStarted: emptyProps(),
    importFileChosen: props<{ fileName: string; csv: string }>(),
    importFileRefused: props<{ fileName: string; error: ApiErrorInfo }>(),
    importConfirmed: props<{ csv: string }>(),
  },
});

export const CatalogApiActions = createActionGroup({
  source: 'Catalog API',
  events: {
    familiesLoaded: props<{ families: CatalogFamily[] }>(),
    familiesLoadFailed: props<{ error: ApiErrorInfo }>(),
    familySaved: props<{ family: CatalogFamily }>(),
    familyDeleted: props<{ id: string }>(),
    familySaveFailed: props<{ error: ApiErrorInfo }>(),
    /** `currency`: settings.currency as the items carry it (null when the block is empty). */
    listBlockLoaded: props<{ query: CatalogQuery; total: number; currency: string | null }>(),
    listBlockFailed: props<{ query: CatalogQuery; error: ApiErrorInfo }>(),
    itemLoaded: props<{ item: CatalogItemDetail }>(),
    itemLoadFailed: props<{ id: string; error: ApiErrorInfo }>(),
    itemSaved: props<{ item: CatalogItemDetail; created: boolean }>(),
    itemSaveFailed: props<{ error: ApiErrorInfo }>(),
    importChecked: props<{ result: CatalogImportResult }>(),
    importDone: props<{ result: CatalogImportResult }>(),
    /** `result` when the server refused the lines (422 import_rejected): they are shown again. */
    importFailed: props<{ error: ApiErrorInfo; result: CatalogImportResult | null }>(),
  },
});
