import type { FieldError } from '../../platform/errors.ts';
import { type CustomFieldDefinition, cleanCustomValues } from '../custom-fields/index.ts';
import {
  blankAddress,
  cleanCountry,
  cleanEmail,
  defaultEmailType,
  hasIdentity,
  mergeEmails,
  mergePhones,
  type ReadPhone,
  readPhone,
} from './people.rules.ts';
import type { PersonInput } from './people.schemas.ts';
import type { AddressEntry, EmailEntry, PhoneEntry } from './people.tables.ts';

export interface CleanPerson {
  first_name?: string | null;
  last_name?: string | null;
  emails?: EmailEntry[];
  phones?: PhoneEntry[];
  addresses?: AddressEntry[];
  job_title?: string | null;
  company_id?: string | null;
  owner_id?: string | null;
  lifecycle_stage?: string;
  source?: string;
  tags?: string[];
  custom_fields?: Record<string, unknown>;
}

export interface Existing {
  emails: EmailEntry[];
  phones: PhoneEntry[];
  custom_fields: Record<string, unknown>;
  first_name: string | null;
  last_name: string | null;
}

/**
 * Turns validated input into column values: e-mails lower-cased and checked, phones in E.164 (read
 * with the first address's country, else the workspace's), countries as ISO codes, custom values
 * checked against their definitions. Pure; every problem is reported with its JSON pointer.
 */
export function cleanPerson(
  input: PersonInput,
  existing: Existing | undefined,
  context: { defaultCountry: string; definitions: CustomFieldDefinition[]; relationsByKey?: boolean },
): { values: CleanPerson; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: CleanPerson = {};
  const blankToNull = (v: string | null | undefined) =>
    v === undefined ? undefined : v?.trim() ? v.trim() : null;
  if (input.firstName !== undefined) values.first_name = blankToNull(input.firstName) ?? null;
  if (input.lastName !== undefined) values.last_name = blankToNull(input.lastName) ?? null;
  if (input.jobTitle !== undefined) values.job_title = blankToNull(input.jobTitle) ?? null;

  // Numbers without a +code are read in the first address's country, else the workspace's. A country
  // that is not one lends none (rather than the workspace's, which the address contradicts): the
  // country is then the row's only problem when its numbers carry their own +code.
  let country: string | undefined = context.defaultCountry;
  const addresses = input.addresses?.map((address, i) => {
    const clean = blankAddress({ ...address, street: address.street ?? null, city: address.city ?? null });
    if (address.country) {
      const checked = cleanCountry(address.country);
      if (checked.ok) clean.country = checked.value;
      else errors.push({ path: `/addresses/${i}/country`, message: checked.reason });
      if (i === 0) country = checked.ok ? checked.value : undefined;
    }
    return clean;
  });
  if (addresses) values.addresses = addresses;

  if (input.emails !== undefined || input.email !== undefined) {
    const list = (input.emails ?? (input.email === undefined ? [] : (existing?.emails ?? []))).flatMap(
      (entry, i) => {
        const email = cleanEmail(entry.address);
        if (!email.ok) errors.push({ path: `/emails/${i}/address`, message: email.reason });
        return email.ok ? [{ address: email.value, type: entry.type ?? defaultEmailType(email.value) }] : [];
      },
    );
    let primary: string | undefined;
    if (input.email) {
      const email = cleanEmail(input.email);
      if (email.ok) primary = email.value;
      else errors.push({ path: '/email', message: email.reason });
    }
    values.emails = input.email === null && !input.emails ? list.slice(1) : mergeEmails(primary, list);
  }
  if (input.phones !== undefined || input.phone !== undefined) {
    const list = (input.phones ?? (input.phone === undefined ? [] : (existing?.phones ?? []))).flatMap(
      (entry, i) => {
        const phone = readPhone(entry.number, country);
        if (!phone.ok) errors.push({ path: `/phones/${i}/number`, message: phone.reason });
        return phone.ok ? [phoneEntry(phone.value, entry)] : [];
      },
    );
    let primary: PhoneEntry | undefined;
    if (input.phone) {
      const phone = readPhone(input.phone, country);
      if (phone.ok) primary = phoneEntry(phone.value, {});
      else errors.push({ path: '/phone', message: phone.reason });
    }
    values.phones = input.phone === null && !input.phones ? list.slice(1) : mergePhones(primary, list);
  }
  if (input.companyId !== undefined) values.company_id = input.companyId;
  if (input.ownerId !== undefined) values.owner_id = input.ownerId;
  if (input.lifecycleStage !== undefined) values.lifecycle_stage = input.lifecycleStage;
  if (input.source !== undefined) values.source = input.source;
  if (input.tags !== undefined) values.tags = [...new Set(input.tags.map((t) => t.trim()))];

  if (input.customFields !== undefined || existing === undefined) {
    const custom = cleanCustomValues(
      context.definitions,
      input.customFields ?? {},
      existing?.custom_fields ?? {},
      { defaultCountry: country ?? '', relationsByKey: context.relationsByKey ?? false },
    );
    errors.push(...custom.errors);
    values.custom_fields = custom.values;
  }

  const identity = {
    firstName: values.first_name !== undefined ? values.first_name : existing?.first_name,
    lastName: values.last_name !== undefined ? values.last_name : existing?.last_name,
    emails: values.emails ?? existing?.emails ?? [],
    phones: values.phones ?? existing?.phones ?? [],
  };
  if (!hasIdentity(identity))
    errors.push({ path: '', message: 'Give at least a name, an e-mail or a phone.' });
  return { values, errors };
}

/** A phone as stored: the type given, else the number's own; the extension given, else the one written in it. */
function phoneEntry(read: ReadPhone, given: { type?: PhoneEntry['type']; extension?: string }): PhoneEntry {
  const extension = given.extension ?? read.extension;
  return { number: read.number, type: given.type ?? read.defaultType, ...(extension && { extension }) };
}
