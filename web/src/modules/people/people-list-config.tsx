import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatRelative } from '../../ui/format';
import { CustomFieldValue } from '../records/components/CustomFieldValue';
import { MemberName } from '../records/components/MemberName';
import { TagList } from '../records/components/TagList';
import {
  choicesOf,
  customFieldFields,
  customFieldKey,
  isSortableCustomField,
  type RecordField,
} from '../records/record-fields';
import type { RecordColumn, RecordListConfig } from '../records/record-list-config';
import { type CustomField, LIFECYCLE_STAGES, type Person } from '../records/record-types';
import { LifecycleBadge } from './components/LifecycleBadge';

/** src/modules/people/people.rules.ts: SOURCES */
const SOURCES = ['manual', 'import', 'api', 'form', 'chat', 'mail', 'portal', 'partner', 'demo', 'other'];

/** The filterable fields of people, as src/modules/people/people.fields.ts names them. */
function peopleFields(custom: readonly CustomField[]): RecordField[] {
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
    f('source', 'Source', 'enum', { choices: choicesOf(SOURCES) }),
    f('tags', 'Tags', 'array'),
    f('ownerId', 'Owner', 'id', { refersTo: 'user' }),
    f('companyId', 'Company', 'id', { refersTo: 'companies' }),
    f('country', 'Country', 'text'),
    f('city', 'City', 'text'),
    f('createdAt', 'Created', 'datetime'),
    f('updatedAt', 'Updated', 'datetime'),
    f('lastContactedAt', 'Last contacted', 'datetime'),
    f('lifecycleChangedAt', 'Stage changed', 'datetime'),
    c('company.name', 'Company name', 'text'),
    c('company.domain', 'Company domain', 'text'),
    c('company.industry', 'Company industry', 'text'),
    c('company.employees', 'Company size', 'number'),
    c('company.annualRevenue', 'Company revenue', 'number'),
    c('company.tags', 'Company tags', 'array'),
    ...customFieldFields(custom),
  ];
}

const text = (value: string | null) => (
  <Text span size="sm" c={value ? undefined : 'dimmed'}>
    {value || '—'}
  </Text>
);

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
      render: (p) => text(p.email),
    },
    { key: 'phone', label: 'Phone', width: 160, exportAs: ['phone'], render: (p) => text(p.phone) },
    {
      key: 'jobTitle',
      label: 'Job title',
      width: 180,
      exportAs: ['jobTitle'],
      render: (p) => text(p.jobTitle),
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
          text(null)
        ),
    },
    {
      key: 'lifecycleStage',
      label: 'Stage',
      width: 130,
      sortKey: 'lifecycleStage',
      exportAs: ['lifecycleStage'],
      render: (p) => <LifecycleBadge stage={p.lifecycleStage} />,
    },
    {
      key: 'owner',
      label: 'Owner',
      width: 160,
      exportAs: ['ownerId'],
      render: (p) => <MemberName id={p.ownerId} />,
    },
    { key: 'tags', label: 'Tags', width: 200, exportAs: ['tags'], render: (p) => <TagList tags={p.tags} /> },
    {
      key: 'city',
      label: 'City',
      width: 140,
      exportAs: ['city'],
      render: (p) => text(p.addresses[0]?.city ?? null),
    },
    {
      key: 'country',
      label: 'Country',
      width: 100,
      exportAs: ['country'],
      render: (p) => text(p.addresses[0]?.country ?? null),
    },
    {
      key: 'lastContactedAt',
      label: 'Last contacted',
      width: 150,
      sortKey: 'lastContactedAt',
      exportAs: ['lastContactedAt'],
      render: (p) => text(p.lastContactedAt ? formatRelative(p.lastContactedAt) : null),
    },
    {
      key: 'createdAt',
      label: 'Created',
      width: 130,
      sortKey: 'createdAt',
      exportAs: ['createdAt'],
      render: (p) => text(formatDate(p.createdAt)),
    },
    {
      key: 'updatedAt',
      label: 'Updated',
      width: 130,
      sortKey: 'updatedAt',
      exportAs: ['updatedAt'],
      render: (p) => text(formatRelative(p.updatedAt)),
    },
    ...custom.map((definition) => ({
      key: customFieldKey(definition),
      label: definition.label,
      width: 160,
      exportAs: [customFieldKey(definition)],
      ...(isSortableCustomField(definition) ? { sortKey: customFieldKey(definition) } : {}),
      render: (p: Person) => (
        <CustomFieldValue definition={definition} value={p.customFields[definition.key]} />
      ),
    })),
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
