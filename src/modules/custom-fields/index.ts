export { purgeFieldJob, sortIndexJob } from './custom-fields.jobs.ts';
export { customFieldsSchema, withCustomFields } from './custom-fields.openapi.ts';
export { customFieldFilters, customFieldSorts } from './custom-fields.query.ts';
export { customFieldRoutes } from './custom-fields.routes.ts';
export {
  type CustomFieldDefinition,
  cleanCustomValues,
  filterTypeOf,
  uniqueText,
} from './custom-fields.rules.ts';
export { customValueMatch } from './custom-fields.search.ts';
export {
  createCustomField,
  definitionsFor,
  forgetDefinitions,
  getCustomField,
  lockedDefinition,
  PURGE_FIELD_JOB,
} from './custom-fields.service.ts';
export { customSortCondition, SORT_INDEX_JOB } from './custom-fields.sort-index.ts';
export { holdersOf } from './custom-fields.unique.ts';
