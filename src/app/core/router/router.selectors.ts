import { getRouterSelectors } from '@ngrx/router-store';

/** Router-store selectors: the selected entity and list queries come from the URL. */
export const {
  selectUrl,
  selectQueryParams,
  selectQueryParam,
  selectRouteParams,
  selectRouteParam,
  selectRouteDataParam,
} = getRouterSelectors();

/** The path of the current URL without query string or fragment. */
export function pathOf(url: string | undefined): string {
  return (url ?? '').split(/[?#]/)[0];
}
