// The one entry point of the catalog's data access (the linter holds it): pages, routes and other features.
export * from './catalog.actions';
export { catalogFeature, initialCatalogState } from './catalog.feature';
export type { ImportPhase, ImportState, ItemEditorState } from './catalog.feature';
export * as catalogEffects from './catalog.effects';
export * from './catalog.selectors';
export { CatalogApi } from './catalog-api';
export type { CatalogItemPageRequest } from './catalog-api';
export { CatalogDatasource } from './catalog-datasource';
export { catalogErrorMessage } from './catalog-error';
export * from './catalog-query';
