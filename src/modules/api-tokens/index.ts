export { apiTokenRoutes } from './api-tokens.routes.ts';
export { createApiToken } from './api-tokens.service.ts';
