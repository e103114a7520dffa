import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { formatDomain, formatMoney } from '../../ui/format';
import { useSession } from '../account/hooks/useSession';
import { countryChoices } from '../records/countries';
import { cellText, commonColumns } from '../records/record-columns';
import { customFieldFields, type RecordField } from '../records/record-fields';
import type { RecordColumn, RecordListConfig } from '../records/record-list-config';
import type { Company, CustomField } from '../records/record-types';

/** Revenue is kept in the workspace's currency (the API says so), as the profile card reads it. */
function RevenueCell({ amount }: { amount: number | null }) {
  const { defaultCurrency } = useSession().workspace;
  return cellText(amount === null ? null : formatMoney(amount, defaultCurrency, { whole: true }));
}

/** The filterable fields of companies, as src/modules/companies/companies.fields.ts names them. */
function companyFields(custom: readonly CustomField[]): RecordField[] {
  const f = (key: string, label: string, type: RecordField['type'], extra: Partial<RecordField> = {}) =>
    ({ key, label, type, group: 'Fields', ...extra }) as RecordField;
  return [
    f('name', 'Name', 'text'),
    f('domain', 'Domain', 'text'),
    f('domains', 'Any domain', 'array'),
    f('industry', 'Industry', 'text'),
    f('employees', 'Employees', 'number'),
    f('annualRevenue', 'Annual revenue', 'number'),
    f('tags', 'Tags', 'array'),
    f('ownerId', 'Owner', 'id', { refersTo: 'user' }),
    f('parentId', 'Parent company', 'id', { refersTo: 'companies' }),
    // Stored as ISO codes, offered by name: the server's text operators that fit a code (eq, in…).
    f('country', 'Country', 'enum', { choices: countryChoices() }),
    f('city', 'City', 'text'),
    f('createdAt', 'Created', 'datetime'),
    f('updatedAt', 'Updated', 'datetime'),
    // Either way: the latest contact with its people while they worked there, or in its own history.
    f('lastContactedAt', 'Last contacted', 'datetime'),
    // The imports that created or changed the record, by number: where an import's "Open …" leads.
    f('importNumber', 'Import', 'number'),
    ...customFieldFields(custom),
  ];
}

const number = new Intl.NumberFormat();

function companyColumns(custom: readonly CustomField[]): RecordColumn<Company>[] {
  return [
    {
      key: 'name',
      label: 'Name',
      width: 240,
      sortKey: 'name',
      exportAs: ['name'],
      render: (c) => (
        <Anchor component={Link} to={`/companies/${c.id}`} size="sm" fw={500}>
          {c.name}
        </Anchor>
      ),
    },
    {
      key: 'domain',
      label: 'Domain',
      width: 180,
      exportAs: ['domain'],
      render: (c) => cellText(c.domain && formatDomain(c.domain)),
    },
    {
      key: 'industry',
      label: 'Industry',
      width: 170,
      exportAs: ['industry'],
      render: (c) => cellText(c.industry),
    },
    {
      key: 'employees',
      label: 'Employees',
      width: 130,
      sortKey: 'employees',
      exportAs: ['employees'],
      render: (c) => cellText(c.employees === null ? null : number.format(c.employees)),
    },
    {
      key: 'annualRevenue',
      label: 'Annual revenue',
      width: 170,
      sortKey: 'annualRevenue',
      exportAs: ['annualRevenue'],
      render: (c) => <RevenueCell amount={c.annualRevenue} />,
    },
    {
      key: 'parent',
      label: 'Parent company',
      width: 200,
      // Both, as the import reads them back: the id here, the name in another workspace.
      exportAs: ['parentId', 'parent.name'],
      render: (c) =>
        c.parent ? (
          <Anchor component={Link} to={`/companies/${c.parent.id}`} size="sm">
            {c.parent.name}
          </Anchor>
        ) : (
          cellText(null)
        ),
    },
    ...commonColumns<Company>(custom),
  ];
}

export const companyListConfig: RecordListConfig<'companies'> = {
  object: 'companies',
  noun: { one: 'company', many: 'companies' },
  title: 'Companies',
  description:
    'The accounts your contacts work for: filter, sort and save views, act on many at once, export.',
  fields: companyFields,
  columns: companyColumns,
  primaryColumn: 'name',
  // What fits a 1280-pixel screen beside the navigation. "Last contacted" is what an account manager
  // scans a list of accounts for (who has nobody been in touch with?), before its size; employees,
  // tags and the rest are a click away (Columns).
  defaultColumns: ['name', 'domain', 'industry', 'owner', 'lastContactedAt'],
  defaultSort: 'name',
  bulkActions: ['setOwner', 'addTags', 'delete'],
  exportFormats: ['csv', 'json'],
};
