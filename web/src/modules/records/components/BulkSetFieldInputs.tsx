import { Checkbox, Select, Stack } from '@mantine/core';
import type { CustomField } from '../record-types';
import { CustomFieldInputs } from './CustomFieldInputs';

export interface FieldChoice {
  key: string | null;
  value: unknown;
  clear: boolean;
}

interface BulkSetFieldInputsProps {
  /** The object's active custom fields. */
  definitions: readonly CustomField[];
  choice: FieldChoice;
  onChange: (choice: FieldChoice) => void;
  /** The server's word on the value, under its input. */
  valueError: string | undefined;
}

/** Which custom field a bulk "Set field" writes, and its value in the input a record's form uses. */
export function BulkSetFieldInputs({ definitions, choice, onChange, valueError }: BulkSetFieldInputsProps) {
  const definition = definitions.find((d) => d.key === choice.key);
  return (
    <Stack gap="sm">
      <Select
        label="Field"
        data={definitions.map((d) => ({ value: d.key, label: d.label }))}
        value={choice.key}
        // A checkbox has no empty state: a boolean starts as false, which is a value to set.
        onChange={(key) => {
          const type = definitions.find((d) => d.key === key)?.type;
          onChange({ key, value: type === 'boolean' ? false : null, clear: false });
        }}
        searchable
        data-autofocus
      />
      {definition && (
        <>
          <Checkbox
            label="Clear the field instead"
            checked={choice.clear}
            onChange={(e) => onChange({ ...choice, clear: e.currentTarget.checked })}
          />
          {!choice.clear && (
            <CustomFieldInputs
              // Required or not for a record, a bulk value is always given (clearing is the box above).
              definitions={[{ ...definition, required: false }]}
              values={{ [definition.key]: choice.value }}
              errors={valueError ? { [definition.key]: valueError } : {}}
              onChange={(_, value) => onChange({ ...choice, value })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

/** The value to send, or undefined while there is none to apply. */
export function fieldValueOf(choice: FieldChoice): unknown {
  if (!choice.key) return undefined;
  if (choice.clear) return null;
  const { value } = choice;
  const empty =
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  return empty ? undefined : value;
}
