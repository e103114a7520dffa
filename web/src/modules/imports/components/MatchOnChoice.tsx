import { Select } from '@mantine/core';
import { type ImportObject, OBJECT_LABELS } from '../import-types';

/** The value that stands for matching by e-mail (or domain) alone. */
const KEY_ONLY = '';

interface MatchOnChoiceProps {
  object: ImportObject;
  /** The unique fields a column fills (their keys without `customFields.`). */
  fields: { key: string; label: string }[];
  value: string | null;
  onChange: (next: string | null) => void;
  error?: string | undefined;
}

/**
 * Asked when a column fills a unique field (an ID from another system): a file exported again from
 * that system then finds its records by ID, though their e-mails or domains have changed since.
 */
export function MatchOnChoice({ object, fields, value, onChange, error }: MatchOnChoiceProps) {
  const key = object === 'people' ? 'e-mail address' : 'domain';
  return (
    <Select
      label={`Find existing ${OBJECT_LABELS[object].plural.toLowerCase()} by`}
      description={`A row whose ID no ${OBJECT_LABELS[object].singular} holds is matched by its ${key}.`}
      data={[
        ...fields.map((field) => ({ value: field.key, label: `${field.label}, then ${key}` })),
        { value: KEY_ONLY, label: `${key.charAt(0).toUpperCase()}${key.slice(1)} only` },
      ]}
      value={value ?? KEY_ONLY}
      onChange={(next) => onChange(next ? next : null)}
      allowDeselect={false}
      error={error}
    />
  );
}
