import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useRecordOptions } from '../hooks/useRecordOptions';
import type { RecordObject } from '../record-types';

interface RecordPickerProps {
  object: RecordObject;
  label?: string;
  'aria-label'?: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  description?: string;
  placeholder?: string;
  size?: 'xs' | 'sm';
}

/** Picks a person or a company by typing part of its name (the same search as the header's). */
export function RecordPicker({ object, value, onChange, ...inputProps }: RecordPickerProps) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const { options, loading } = useRecordOptions(object, query, value);
  return (
    <Select
      {...inputProps}
      placeholder={inputProps.placeholder ?? (object === 'people' ? 'Type a name' : 'Type a company name')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already ranked and filtered the options by the typed text, typos included.
      filter={({ options: all }) => all}
      nothingFoundMessage={query ? 'Nothing found' : 'Type to search'}
      rightSection={loading ? <Loader size="xs" /> : undefined}
    />
  );
}
