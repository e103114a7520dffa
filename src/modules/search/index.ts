export { recentRoutes } from './recent.routes.ts';
export { searchRoutes } from './search.routes.ts';
export { providers, type SearchHit, type SearchProvider } from './search.service.ts';
