import type { AppModule } from '../../app/app-module';
import { lazyComponent } from '../../ui/lazy';

const SearchResultsPage = lazyComponent(() => import('./pages/SearchResultsPage'), 'SearchResultsPage');

/** The header's search box is in the shell; its "all results" page is here. */
export const searchModule: AppModule = {
  routes: [{ path: 'search', element: <SearchResultsPage /> }],
};
