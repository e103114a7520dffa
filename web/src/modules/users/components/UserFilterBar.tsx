import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { Role, UserStatus } from '../../../api/types';
import { ROLE_OPTIONS } from '../../access/roles';

const STATUS_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'deactivated', label: 'Deactivated' },
];

export interface UserFilterValues {
  search: string;
  role: Role | null;
  status: UserStatus | null;
}

interface UserFilterBarProps {
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
}

export function UserFilterBar({ value, onChange }: UserFilterBarProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Name or e-mail"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.currentTarget.value })}
        type="search"
        style={{ flex: '1 1 16rem' }}
      />
      <Select
        label="Role"
        placeholder="Any role"
        data={ROLE_OPTIONS}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: role as Role | null })}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      <Select
        label="Status"
        placeholder="Any status"
        data={STATUS_OPTIONS}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status as UserStatus | null })}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
    </Group>
  );
}
