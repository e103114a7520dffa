import { Checkbox, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { toLocalDateTimeInput } from '../../../ui/format';
import { NumberField } from '../../../ui/NumberField';
import type { CustomField } from '../record-types';
import { RecordPicker } from './RecordPicker';

interface CustomFieldInputsProps {
  definitions: readonly CustomField[];
  values: Record<string, unknown>;
  errors: Record<string, string>;
  onChange: (key: string, value: unknown) => void;
}

/** One input per custom field, by its type; the API checks every value again. */
export function CustomFieldInputs({ definitions, values, errors, onChange }: CustomFieldInputsProps) {
  if (definitions.length === 0) return null;
  return (
    <Stack gap="sm">
      {definitions.map((definition) => (
        <CustomFieldInput
          key={definition.id}
          definition={definition}
          value={values[definition.key]}
          error={errors[definition.key]}
          onChange={(value) => onChange(definition.key, value)}
        />
      ))}
    </Stack>
  );
}

interface CustomFieldInputProps {
  definition: CustomField;
  value: unknown;
  error: string | undefined;
  onChange: (value: unknown) => void;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

function CustomFieldInput({ definition, value, error, onChange }: CustomFieldInputProps) {
  const common = { label: definition.label, required: definition.required, error };
  switch (definition.type) {
    case 'longText':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          value={asText(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'number':
    case 'currency':
      return (
        <NumberField
          {...common}
          prefix={
            definition.type === 'currency' && definition.currency ? `${definition.currency} ` : undefined
          }
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          value={asText(value)}
          onChange={(e) => onChange(e.currentTarget.value || null)}
        />
      );
    case 'dateTime':
      return (
        <TextInput
          {...common}
          type="datetime-local"
          value={value ? toLocalDateTimeInput(asText(value)) : ''}
          onChange={(e) => {
            const local = e.currentTarget.value;
            onChange(local ? new Date(local).toISOString() : null);
          }}
        />
      );
    case 'boolean':
      return (
        <Checkbox
          label={definition.label}
          error={error}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={definition.choices ?? []}
          value={asText(value) || null}
          onChange={onChange}
          clearable
          searchable
        />
      );
    case 'multiSelect':
      return (
        <MultiSelect
          {...common}
          data={definition.choices ?? []}
          value={Array.isArray(value) ? value.map(String) : []}
          onChange={onChange}
          clearable
          searchable
        />
      );
    case 'relation':
      return (
        <RecordPicker
          {...common}
          object={definition.target ?? 'people'}
          value={asText(value) || null}
          onChange={onChange}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          type={
            definition.type === 'url'
              ? 'url'
              : definition.type === 'email'
                ? 'email'
                : definition.type === 'phone'
                  ? 'tel'
                  : 'text'
          }
          value={asText(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}
