import { exportRoutes } from './exports.routes.ts';
import { importRoutes } from './imports.routes.ts';

export { importJob } from './imports.jobs.ts';
export type { ImportJson } from './imports.present.ts';
export { IMPORT_JOB } from './imports.service.ts';

/** Exports first: `/people/export` must win over `/people/{id}`, which is declared earlier. */
export const dataExchangeRoutes = [...exportRoutes, ...importRoutes];
