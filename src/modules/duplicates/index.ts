export { duplicateRoutes } from './duplicates.routes.ts';
export {
  MATCH_JOB,
  MATCHED_KINDS,
  matchChangedRecords,
  matchJob,
  queueDuplicateScan,
  SCAN_JOB,
  SWEEP_EVERY_MS,
  SWEEP_JOB,
  scanJob,
  sweepJob,
} from './jobs.ts';
export { COMPANY_REFERENCES, PERSON_REFERENCES } from './merge.references.ts';
