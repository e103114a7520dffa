export { EmploymentSchema, employmentRoutes } from './employments.routes.ts';
export { employmentsOf } from './employments.service.ts';
export { MergedProblemSchema, mergedNotFound, notFoundOrMerged } from './merged-away.ts';
export { type CleanPerson, cleanPerson, type Existing } from './people.clean.ts';
export { peopleFields, peopleSorts } from './people.fields.ts';
export { listPeople, matchingPeople, type PeopleQuery } from './people.list.ts';
export { internationalPhone, NATIONAL_READING, phoneMatch, readPhoneQuery } from './people.phone-query.ts';
export { presentPerson } from './people.present.ts';
export { peopleRoutes } from './people.routes.ts';
export { cleanCountry, cleanEmail, cleanPhone, displayName, LIFECYCLE_STAGES } from './people.rules.ts';
export { PersonInput, type PersonJson, PersonSchema } from './people.schemas.ts';
export { kindOf, searchPeople } from './people.search.ts';
export {
  createPerson,
  findPerson,
  type PersonRow,
  peopleWithCompany,
  personQuery,
  updatePerson,
  writeContext,
} from './people.service.ts';
export type { AddressEntry, EmailEntry, PhoneEntry } from './people.tables.ts';
export { type NamedPerson, noRecordIds, type RecordIds, recordNames } from './record-names.ts';
