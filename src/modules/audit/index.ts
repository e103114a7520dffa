export { importNumberField } from './audit.fields.ts';
export { auditRoutes } from './audit.routes.ts';
