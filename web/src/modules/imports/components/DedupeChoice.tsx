import { Radio, Stack } from '@mantine/core';
import { type ImportMode, type ImportObject, OBJECT_LABELS } from '../import-types';

interface DedupeChoiceProps {
  object: ImportObject;
  value: ImportMode;
  onChange: (mode: ImportMode) => void;
}

/** What a row does when it matches an existing record: people by e-mail, companies by domain. */
export function DedupeChoice({ object, value, onChange }: DedupeChoiceProps) {
  const one = OBJECT_LABELS[object].singular;
  const key = object === 'people' ? 'e-mail address' : 'domain';
  return (
    <Radio.Group
      label={`When a row has the ${key} of an existing ${one}`}
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
