import {
  activityTypeValues,
  type components,
  type operations,
  personLifecycleStageValues,
} from '../../api/schema.gen';

type Schemas = components['schemas'];

export type Person = Schemas['Person'];
export type Company = Schemas['Company'];
export type CustomField = Schemas['CustomField'];
export type CustomFieldType = CustomField['type'];
export type SavedView = Schemas['SavedView'];
export type Activity = Schemas['Activity'];
export type ActivityType = Activity['type'];
export type Employment = Schemas['Employment'];
export type PersonOverview = Schemas['PersonOverview'];
export type HierarchyNode = Schemas['HierarchyNode'];
export type SearchHit = Schemas['SearchHit'];
export type RecentRecord = Schemas['RecentRecord'];
export type LifecycleStage = Person['lifecycleStage'];

/** The two kinds of customer record the list views, saved views, bulk actions and exports serve. */
export type RecordObject = Schemas['RecordKind'];
export type RecordOf<O extends RecordObject> = O extends 'people' ? Person : Company;

export type BulkBody = NonNullable<
  operations['bulkUpdatePeople']['requestBody']
>['content']['application/json'];
export type BulkAction = BulkBody['action'];
export type BulkResult = operations['bulkUpdatePeople']['responses']['200']['content']['application/json'];

/** The server's lists, as the OpenAPI document gives them. */
export const LIFECYCLE_STAGES = personLifecycleStageValues;
export const ACTIVITY_TYPES = activityTypeValues;
