import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { personSourceValues } from '../../api/schema.gen';
import { formatEmail, formatPhone } from '../../ui/format';
import { MemberName } from '../records/components/MemberName';
import { countryChoices } from '../records/countries';
import { cellText, commonColumns } from '../records/record-columns';
import { choicesOf, customFieldFields, type RecordField } from '../records/record-fields';
import type { RecordColumn, RecordListConfig } from '../records/record-list-config';
import { type CustomField, LIFECYCLE_STAGES, type Person } from '../records/record-types';
import { LifecycleBadge } from './components/LifecycleBadge';

/** The filterable fields of people, as src/modules/people/people.fields.ts names them. */
function peopleFields(custom: readonly CustomField[], companyCustom: readonly CustomField[]): RecordField[] {
  const f = (key: string, label: string, type: RecordField['type'], extra: Partial<RecordField> = {}) =>
    ({ key, label, type, group: 'Fields', ...extra }) as RecordField;
  const c = (key: string, label: string, type: RecordField['type']) =>
    ({ key, label, type, group: 'Company' }) as RecordField;
  return [
    f('firstName', 'First name', 'text'),
    f('lastName', 'Last name', 'text'),
    f('email', 'E-mail', 'text'),
    f('emails', 'Any e-mail', 'array'),
    f('phone', 'Phone', 'text'),
    f('jobTitle', 'Job title', 'text'),
    f('lifecycleStage', 'Lifecycle stage', 'enum', { choices: choicesOf(LIFECYCLE_STAGES) }),
    f('source', 'Source', 'enum', { choices: choicesOf(personSourceValues) }),
    f('tags', 'Tags', 'array'),
    f('ownerId', 'Owner', 'id', { refersTo: 'user' }),
    f('companyId', 'Company', 'id', { refersTo: 'companies' }),
    // Stored as ISO codes, offered by name: the server's text operators that fit a code (eq, in…).
    f('country', 'Country', 'enum', { choices: countryChoices() }),
    f('city', 'City', 'text'),
    f('createdAt', 'Created', 'datetime'),
    f('updatedAt', 'Updated', 'datetime'),
    f('lastContactedAt', 'Last contacted', 'datetime'),
    f('lastContactedBy', 'Last contacted by', 'id', {
      refersTo: 'user',
      // Nobody on the team acted in their last contact: they reached out, or nobody has been in touch.
      emptyWords: { isEmpty: 'is nobody on the team', isNotEmpty: 'is a member' },
    }),
    f('lifecycleChangedAt', 'Stage changed', 'datetime'),
    // The imports that created or changed the record, by number: where an import's "Open …" leads.
    f('importNumber', 'Import', 'number'),
    c('company.name', 'Company name', 'text'),
    c('company.domain', 'Company domain', 'text'),
    c('company.industry', 'Company industry', 'text'),
    c('company.employees', 'Company size', 'number'),
    c('company.annualRevenue', 'Company revenue', 'number'),
    c('company.tags', 'Company tags', 'array'),
    ...customFieldFields(companyCustom).map(
      (field): RecordField => ({
        ...field,
        key: `company.${field.key}`,
        label: `Company ${field.label}`,
        group: 'Company',
      }),
    ),
    ...customFieldFields(custom),
  ];
}

function peopleColumns(custom: readonly CustomField[]): RecordColumn<Person>[] {
  return [
    {
      key: 'name',
      label: 'Name',
      width: 220,
      sortKey: 'lastName',
      exportAs: ['firstName', 'lastName'],
      render: (p) => (
        <Anchor component={Link} to={`/people/${p.id}`} size="sm" fw={500}>
          {p.name}
        </Anchor>
      ),
    },
    {
      key: 'email',
      label: 'E-mail',
      width: 230,
      sortKey: 'email',
      exportAs: ['email'],
      render: (p) => cellText(p.email && formatEmail(p.email)),
    },
    {
      key: 'phone',
      label: 'Phone',
      width: 160,
      exportAs: ['phone'],
      render: (p) => cellText(p.phone && formatPhone(p.phone)),
    },
    {
      key: 'jobTitle',
      label: 'Job title',
      width: 180,
      exportAs: ['jobTitle'],
      render: (p) => cellText(p.jobTitle),
    },
    {
      key: 'company',
      label: 'Company',
      width: 190,
      exportAs: ['company.name'],
      render: (p) =>
        p.company ? (
          <Anchor component={Link} to={`/companies/${p.company.id}`} size="sm">
            {p.company.name}
          </Anchor>
        ) : (
          cellText(null)
        ),
    },
    {
      key: 'lifecycleStage',
      label: 'Stage',
      // The widest badge, "Opportunity", fits whole: one a little wider would end in an ellipsis.
      width: 140,
      sortKey: 'lifecycleStage',
      exportAs: ['lifecycleStage'],
      render: (p) => <LifecycleBadge stage={p.lifecycleStage} />,
    },
    ...commonColumns<Person>(custom, [
      {
        key: 'lastContactedBy',
        label: 'Last contacted by',
        width: 170,
        // Nobody on the team acted in it: the customer reached out.
        render: (p) =>
          p.lastContactedBy ? (
            <MemberName id={p.lastContactedBy} />
          ) : (
            cellText(p.lastContactedAt ? 'They reached out' : null)
          ),
      },
    ]),
  ];
}

export const peopleListConfig: RecordListConfig<'people'> = {
  object: 'people',
  noun: { one: 'person', many: 'people' },
  title: 'People',
  description: 'Your contacts: filter, sort and save views, act on many at once, export.',
  fields: peopleFields,
  columns: peopleColumns,
  primaryColumn: 'name',
  defaultColumns: ['name', 'email', 'company', 'lifecycleStage', 'owner', 'tags', 'updatedAt'],
  defaultSort: '-updatedAt',
  bulkActions: ['setOwner', 'addTags', 'setStage', 'delete'],
  exportFormats: ['csv', 'json', 'vcf'],
};
