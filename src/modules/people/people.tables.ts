import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.ts';

type Derived<T> = ColumnType<T, never, never>;
type JsonColumn<T> = ColumnType<T, string | undefined, string>;

export interface EmailEntry {
  address: string;
  type: 'work' | 'personal' | 'other';
}
export interface PhoneEntry {
  /** E.164. */
  number: string;
  type: 'mobile' | 'work' | 'home' | 'fax' | 'other';
  /** Digits dialled once the number answers; E.164 has no place for them. */
  extension?: string;
}
export interface AddressEntry {
  type: 'work' | 'home' | 'billing' | 'shipping' | 'other';
  street: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface PeopleTable {
  workspace_id: string;
  id: Generated<string>;
  first_name: string | null;
  last_name: string | null;
  emails: JsonColumn<EmailEntry[]>;
  phones: JsonColumn<PhoneEntry[]>;
  addresses: JsonColumn<AddressEntry[]>;
  email: Derived<string | null>;
  phone: Derived<string | null>;
  email_index: Derived<string[]>;
  phone_index: Derived<string[]>;
  job_title: string | null;
  company_id: string | null;
  owner_id: string | null;
  lifecycle_stage: Generated<string>;
  lifecycle_changed_at: Generated<Date>;
  source: Generated<string>;
  tags: Generated<string[]>;
  custom_fields: JsonColumn<Record<string, unknown>>;
  last_contacted_at: Date | null;
  last_contacted_by: string | null;
  search_name: Derived<string>;
  name_keys: Derived<string[]>;
  search_vector: Derived<string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
  deleted_at: Date | null;
  merged_into_id: string | null;
}

export interface EmploymentsTable {
  workspace_id: string;
  id: Generated<string>;
  person_id: string;
  company_id: string;
  role: string | null;
  started_on: ColumnType<string | null, string | null, string | null>;
  ended_on: ColumnType<string | null, string | null, string | null>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    people: PeopleTable;
    employments: EmploymentsTable;
  }
}
