import { MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import type { User } from '../../../api/types';

export interface TeamFieldValues extends Record<string, unknown> {
  name: string;
  description: string;
  memberIds: string[];
}

interface TeamFieldsProps {
  values: TeamFieldValues;
  errors: Partial<Record<keyof TeamFieldValues, string>>;
  onChange: <K extends keyof TeamFieldValues & string>(key: K, value: TeamFieldValues[K]) => void;
  members: readonly User[];
  readOnly?: boolean;
}

/** Name, description and members: the same fields to create a team and to edit one. */
export function TeamFields({ values, errors, onChange, members, readOnly }: TeamFieldsProps) {
  return (
    <Stack>
      <TextInput
        label="Name"
        required
        data-autofocus
        value={values.name}
        onChange={(event) => onChange('name', event.currentTarget.value)}
        error={errors.name}
        readOnly={readOnly}
      />
      <Textarea
        label="Description"
        autosize
        minRows={2}
        value={values.description}
        onChange={(event) => onChange('description', event.currentTarget.value)}
        error={errors.description}
        readOnly={readOnly}
      />
      <MultiSelect
        label="Members"
        placeholder={values.memberIds.length === 0 ? 'Choose members' : undefined}
        data={members.map((member) => ({ value: member.id, label: member.name }))}
        value={values.memberIds}
        onChange={(next) => onChange('memberIds', next)}
        error={errors.memberIds}
        searchable
        clearable
        disabled={readOnly}
        nothingFoundMessage="Nobody by that name"
      />
    </Stack>
  );
}
