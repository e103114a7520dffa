import { Button, Checkbox, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';

interface ColumnPickerProps {
  /** Every column but the name, which always shows. */
  available: readonly { key: string; label: string }[];
  value: readonly string[];
  onChange: (columns: string[]) => void;
}

/** Which columns the list shows, in the order they are offered. */
export function ColumnPicker({ available, value, onChange }: ColumnPickerProps) {
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label="Columns to show"
          value={[...value]}
          // Keep the offered order, whatever order they were ticked in.
          onChange={(next) => onChange(available.map((c) => c.key).filter((key) => next.includes(key)))}
        >
          <ScrollArea.Autosize mah={320} mt="xs" type="auto">
            <Stack gap={6} pr="sm">
              {available.map((column) => (
                <Checkbox key={column.key} value={column.key} label={column.label} size="sm" />
              ))}
              {available.length === 0 && (
                <Text size="sm" c="dimmed">
                  No other columns.
                </Text>
              )}
            </Stack>
          </ScrollArea.Autosize>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}
