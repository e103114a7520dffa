import { Button, CloseButton, Group, Paper } from '@mantine/core';
import { filterChips, referredIds, withoutChip } from '../filter-chips';
import { emptyGroup, type GroupNode, toApiFilter } from '../filter-model';
import { useIdNames } from '../hooks/useIdNames';
import type { RecordField } from '../record-fields';

interface FilterChipsProps {
  fields: readonly RecordField[];
  value: GroupNode;
  onChange: (next: GroupNode) => void;
  /** Opens the filter builder, where a chip's condition is edited. */
  onOpen: () => void;
}

/**
 * A chip's words wrap inside its pill on a narrow screen: the button grows to their lines, where
 * Mantine's has one line's height.
 */
const CHIP_TEXT = {
  root: { height: 'auto', minHeight: 'var(--button-height)', minWidth: 0, paddingBlock: 3 },
  inner: { height: 'auto' },
  label: {
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    textAlign: 'left',
    height: 'auto',
    lineHeight: 1.3,
  },
} as const;

/** What the list is filtered by, in words, under its toolbar: each condition removable, all at once cleared. */
export function FilterChips({ fields, value, onChange, onOpen }: FilterChipsProps) {
  const names = useIdNames(referredIds(toApiFilter(value, fields), fields));
  const chips = filterChips(value, fields, names);
  if (chips.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" role="group" aria-label="Active filters">
      {chips.map((chip) => (
        <Paper
          key={chip.id}
          withBorder
          radius="xl"
          pl={6}
          pr={2}
          maw="100%"
          bg="var(--mantine-color-default-hover)"
        >
          <Group gap={2} wrap="nowrap">
            <Button
              variant="transparent"
              size="compact-sm"
              color="dark"
              fw={400}
              px={2}
              onClick={onOpen}
              title="Edit in the filter builder"
              styles={CHIP_TEXT}
            >
              {chip.words}
            </Button>
            <CloseButton
              size="sm"
              aria-label={`Remove filter ${chip.words}`}
              onClick={() => onChange(withoutChip(value, chip.id))}
            />
          </Group>
        </Paper>
      ))}
      <Button variant="subtle" color="gray" size="compact-sm" onClick={() => onChange(emptyGroup())}>
        Clear all
      </Button>
    </Group>
  );
}
