export { duplicateRoutes } from './duplicates.routes.ts';
export { queueDuplicateScan, SCAN_JOB, scanJob } from './jobs.ts';
export { COMPANY_REFERENCES, PERSON_REFERENCES } from './merge.references.ts';
