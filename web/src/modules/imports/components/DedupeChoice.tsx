import { Radio, Stack } from '@mantine/core';
import { type ImportMode, type ImportObject, OBJECT_LABELS } from '../import-types';

interface DedupeChoiceProps {
  object: ImportObject;
  value: ImportMode;
  onChange: (mode: ImportMode) => void;
  /** A column gives ids (ours, or another system's): rows find records by more than their key. */
  byIds?: boolean;
}

/**
 * What a row does when it matches an existing record: people by e-mail, companies by domain, and
 * first by an id when a column gives one.
 */
export function DedupeChoice({ object, value, onChange, byIds = false }: DedupeChoiceProps) {
  const one = OBJECT_LABELS[object].singular;
  const key = object === 'people' ? 'e-mail address' : 'domain';
  return (
    <Radio.Group
      label={
        byIds ? `When a row finds an existing ${one}` : `When a row has the ${key} of an existing ${one}`
      }
      value={value}
      onChange={(next) => onChange(next as ImportMode)}
    >
      <Stack gap="xs" mt="xs">
        <Radio
          value="update"
          label={`Update that ${one}`}
          description="Filled cells replace what is there; empty cells keep it; tags and e-mails add up."
        />
        <Radio value="skip" label="Skip the row" description={`The existing ${one} stays as it is.`} />
        <Radio
          value="create"
          label={`Create another ${one} anyway`}
          description="You can merge duplicates later under Duplicates."
        />
      </Stack>
    </Radio.Group>
  );
}
