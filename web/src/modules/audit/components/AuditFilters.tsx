import { Collapse, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ApiToken, User } from '../../../api/types';
import { FilterButton } from '../../../ui/FilterButton';
import { useIsPhone } from '../../../ui/useIsPhone';
import { AUDITED_OBJECT_TYPES, apiTokenOption, objectTitle } from '../audit-text';
import type { AuditFilterValues } from '../audit-url';

// By name, to be found in a list of some thirty.
const OBJECT_OPTIONS = AUDITED_OBJECT_TYPES.map((type) => ({ value: type, label: objectTitle(type) })).sort(
  (a, b) => a.label.localeCompare(b.label),
);
const ACTION_OPTIONS = [
  { value: 'created', label: 'Created' },
  { value: 'updated', label: 'Updated' },
  { value: 'deleted', label: 'Deleted' },
];

interface AuditFiltersProps {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
  members: readonly User[];
  /** The workspace's tokens, revoked ones too: everything one of them changed, after a leak say. */
  tokens: readonly ApiToken[];
}

/**
 * The audit log's filters. On a phone they fold under a Filters button (saying how many are set): six
 * fields, even two a row, filled the first screen, and the log began below it.
 */
export function AuditFilters(props: AuditFiltersProps) {
  const phone = useIsPhone();
  const [open, { toggle }] = useDisclosure(false);
  if (!phone) return <FilterFields {...props} />;
  const active = Object.values(props.value).filter((v) => v !== null && v !== '').length;
  return (
    <Stack gap="sm">
      <FilterButton
        label="Filters"
        open={open}
        count={active}
        onClick={toggle}
        controls="audit-filters"
        style={{ alignSelf: 'flex-start' }}
      />
      <Collapse expanded={open} id="audit-filters">
        <FilterFields {...props} />
      </Collapse>
    </Stack>
  );
}

function FilterFields({ value, onChange, members, tokens }: AuditFiltersProps) {
  const set = <K extends keyof AuditFilterValues>(key: K, next: AuditFilterValues[K]) =>
    onChange({ ...value, [key]: next });

  return (
    // Two a row even on a phone, under its Filters button: one a row, they would not fit its screen.
    <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
      <Select
        label="Record type"
        placeholder="Any"
        data={OBJECT_OPTIONS}
        value={value.objectType}
        onChange={(next) => set('objectType', next as AuditFilterValues['objectType'])}
        searchable
        clearable
      />
      <Select
        label="Action"
        placeholder="Any"
        data={ACTION_OPTIONS}
        value={value.action}
        onChange={(next) => set('action', next as AuditFilterValues['action'])}
        clearable
      />
      <Select
        label="Changed by"
        placeholder="Anyone"
        data={members.map((member) => ({ value: member.id, label: member.name }))}
        value={value.actorId}
        onChange={(next) => set('actorId', next)}
        searchable
        clearable
      />
      <Select
        label="API token"
        placeholder="Any"
        data={tokens.map((token) => ({ value: token.id, label: apiTokenOption(token) }))}
        value={value.apiTokenId}
        onChange={(next) => set('apiTokenId', next)}
        searchable
        clearable
      />
      <TextInput
        label="From"
        type="date"
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => set('from', event.currentTarget.value)}
      />
      <TextInput
        label="To"
        type="date"
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => set('to', event.currentTarget.value)}
      />
    </SimpleGrid>
  );
}
