import { Switch } from '@mantine/core';

interface UniqueValuesSwitchProps {
  checked: boolean;
  onChange: (next: boolean) => void;
  error?: string | undefined;
}

/** A field no two records share a value of: an ID from another system, which imports match on. */
export function UniqueValuesSwitch({ checked, onChange, error }: UniqueValuesSwitchProps) {
  return (
    <Switch
      label="Unique values"
      description="No two records may share a value: for an ID from another system, which imports can find records by."
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
      error={error}
    />
  );
}
