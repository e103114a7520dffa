import { Text } from '@mantine/core';
import { formatDate, formatRelative } from '../../ui/format';
import { CustomFieldValue } from './components/CustomFieldValue';
import { MemberName } from './components/MemberName';
import { TagList } from './components/TagList';
import { countryName } from './countries';
import { customFieldKey, isSortableCustomField } from './record-fields';
import type { RecordColumn } from './record-list-config';
import type { CustomField } from './record-types';

/** A cell's text, or a dimmed dash when there is none. */
export const cellText = (value: string | number | null) => (
  <Text span size="sm" c={value === null || value === '' ? 'dimmed' : undefined}>
    {value === null || value === '' ? '—' : value}
  </Text>
);

/** A country by its name, its ISO code (what the record holds, and exports) on hover. */
function countryCell(code: string | null) {
  if (!code) return cellText(null);
  const name = countryName(code);
  return (
    <Text span size="sm" title={name === code ? code : `${name} (${code})`}>
      {name}
    </Text>
  );
}

/** What people and companies both carry, and list the same way. */
interface CommonRecord {
  ownerId: string | null;
  tags: string[];
  addresses: readonly { city?: string | null; country?: string | null }[];
  lastContactedAt: string | null;
  createdAt: string;
  updatedAt: string;
  customFields: Record<string, unknown>;
}

/**
 * The columns every customer record's list ends with: owner, tags, where (the first address), when
 * the customer and the team were last in touch, the record's own `between`, when it was created and
 * updated, and one column per custom field.
 */
export function commonColumns<R extends CommonRecord>(
  custom: readonly CustomField[],
  between: RecordColumn<R>[] = [],
): RecordColumn<R>[] {
  return [
    {
      key: 'owner',
      label: 'Owner',
      width: 160,
      exportAs: ['owner'],
      render: (r) => <MemberName id={r.ownerId} />,
    },
    {
      key: 'tags',
      label: 'Tags',
      width: 200,
      exportAs: ['tags'],
      render: (r) => <TagList tags={r.tags} oneLine />,
    },
    {
      key: 'city',
      label: 'City',
      width: 140,
      exportAs: ['city'],
      render: (r) => cellText(r.addresses[0]?.city ?? null),
    },
    {
      key: 'country',
      label: 'Country',
      width: 150,
      exportAs: ['country'],
      render: (r) => countryCell(r.addresses[0]?.country ?? null),
    },
    {
      key: 'lastContactedAt',
      label: 'Last contacted',
      width: 160,
      sortKey: 'lastContactedAt',
      exportAs: ['lastContactedAt'],
      render: (r) => cellText(r.lastContactedAt ? formatRelative(r.lastContactedAt) : null),
    },
    ...between,
    {
      key: 'createdAt',
      label: 'Created',
      width: 130,
      sortKey: 'createdAt',
      exportAs: ['createdAt'],
      render: (r) => cellText(formatDate(r.createdAt)),
    },
    {
      key: 'updatedAt',
      label: 'Updated',
      width: 130,
      sortKey: 'updatedAt',
      exportAs: ['updatedAt'],
      render: (r) => cellText(formatRelative(r.updatedAt)),
    },
    ...custom.map((definition) => ({
      key: customFieldKey(definition),
      label: definition.label,
      width: 160,
      // A relation: its id, and the name of its record that a reader needs (and an import finds it by).
      exportAs:
        definition.type === 'relation'
          ? [customFieldKey(definition), `${customFieldKey(definition)}.name`]
          : [customFieldKey(definition)],
      ...(isSortableCustomField(definition) ? { sortKey: customFieldKey(definition) } : {}),
      render: (r: R) => (
        <CustomFieldValue definition={definition} value={r.customFields[definition.key]} oneLine />
      ),
    })),
  ];
}
