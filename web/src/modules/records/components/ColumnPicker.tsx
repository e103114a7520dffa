import {
  ActionIcon,
  Button,
  Checkbox,
  Divider,
  Group,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconColumns } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { moveColumn } from '../column-order';

interface Column {
  key: string;
  label: string;
}

interface ColumnPickerProps {
  /** Every column but the name, which always shows. */
  available: readonly Column[];
  value: readonly string[];
  onChange: (columns: string[]) => void;
}

type Direction = 'up' | 'down';

/**
 * Which columns the list shows, and in what order: the shown ones first, in the list's order, each
 * moved left or right by its arrows; the others below, a ticked one joining at the right end.
 */
export function ColumnPicker({ available, value, onChange }: ColumnPickerProps) {
  const shown = value.flatMap((key) => available.find((c) => c.key === key) ?? []);
  const others = available.filter((c) => !value.includes(c.key));
  const list = useRef<HTMLDivElement>(null);
  const ids = useId();
  // The arrow just pressed keeps the focus as its column moves (React moves the row, which blurs it);
  // at an end, where it is disabled, the focus goes to the other arrow.
  const [moved, setMoved] = useState<{ key: string; direction: Direction } | null>(null);
  useEffect(() => {
    if (!moved) return;
    const arrows = [moved.direction, moved.direction === 'up' ? 'down' : 'up'].map((d) =>
      list.current?.querySelector<HTMLButtonElement>(`[data-column="${moved.key}"][data-direction="${d}"]`),
    );
    arrows.find((arrow) => arrow && !arrow.disabled)?.focus();
  }, [moved]);

  const move = (key: string, direction: Direction) => {
    const isShown = (k: string) => available.some((c) => c.key === k);
    onChange(moveColumn(value, key, direction === 'up' ? -1 : 1, isShown));
    setMoved({ key, direction });
  };

  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <ScrollArea.Autosize mah={360} type="auto">
          <Stack gap={6} pr="sm" ref={list} miw={240}>
            <Text size="sm" fw={500} id={`${ids}-shown`}>
              Columns shown, left to right
            </Text>
            <Stack gap={4} role="group" aria-labelledby={`${ids}-shown`}>
              {shown.map((column, index) => (
                <Group key={column.key} gap="xs" wrap="nowrap" justify="space-between">
                  <Checkbox
                    label={column.label}
                    size="sm"
                    checked
                    onChange={() => onChange(value.filter((key) => key !== column.key))}
                  />
                  <Group gap={2} wrap="nowrap">
                    {(['up', 'down'] as const).map((direction) => (
                      <ActionIcon
                        key={direction}
                        variant="subtle"
                        color="gray"
                        size="sm"
                        aria-label={`Move ${column.label} ${direction === 'up' ? 'left' : 'right'}`}
                        data-column={column.key}
                        data-direction={direction}
                        disabled={direction === 'up' ? index === 0 : index === shown.length - 1}
                        onClick={() => move(column.key, direction)}
                      >
                        {direction === 'up' ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />}
                      </ActionIcon>
                    ))}
                  </Group>
                </Group>
              ))}
              {shown.length === 0 && (
                <Text size="sm" c="dimmed">
                  Only the name.
                </Text>
              )}
            </Stack>
            {others.length > 0 && (
              <>
                <Divider my={4} />
                <Text size="sm" fw={500} id={`${ids}-more`}>
                  More columns
                </Text>
                <Stack gap={6} role="group" aria-labelledby={`${ids}-more`}>
                  {others.map((column) => (
                    <Checkbox
                      key={column.key}
                      label={column.label}
                      size="sm"
                      checked={false}
                      onChange={() => onChange([...value, column.key])}
                    />
                  ))}
                </Stack>
              </>
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
