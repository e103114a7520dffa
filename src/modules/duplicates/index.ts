export { duplicateRoutes, SCAN_JOB } from './duplicates.routes.ts';
export { scanJob } from './jobs.ts';
export { COMPANY_REFERENCES, PERSON_REFERENCES } from './merge.references.ts';
