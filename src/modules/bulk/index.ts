export { BULK_JOB, bulkJob } from './bulk.jobs.ts';
export { bulkRoutes } from './bulk.routes.ts';
