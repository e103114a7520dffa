import { Chip, Group, Text } from '@mantine/core';
import { useRejectionGroups } from '../hooks/useRejectionGroups';

const ALL = '\u0000all';

/**
 * The rejected rows' problems, counted ("Email 34 · Owner 2"): one chosen, the list and the fix form
 * show only its rows, so rows with one problem are read and fixed together. Shown when there are two
 * problems or more.
 */
export function RejectionGroupChips(props: {
  importId: string;
  total: number;
  value: string | undefined;
  onChange: (about: string | undefined) => void;
  /** While rows are being fixed: another group would hide the rows being edited. */
  disabled?: boolean;
}) {
  const { importId, total, value, onChange, disabled } = props;
  const groups = useRejectionGroups(importId);
  if (!groups.data || groups.data.length < 2) return null;
  return (
    <Group gap="xs" role="group" aria-labelledby="rejection-groups-label">
      <Text size="sm" id="rejection-groups-label">
        About
      </Text>
      <Chip.Group
        value={value ?? ALL}
        onChange={(next) => onChange(next === ALL ? undefined : (next as string))}
      >
        <Chip value={ALL} size="sm" disabled={disabled}>
          Any ({total.toLocaleString()})
        </Chip>
        {groups.data.map((group) => (
          <Chip
            key={group.about}
            value={group.about}
            size="sm"
            disabled={disabled}
            styles={{ label: { whiteSpace: 'normal' } }}
          >
            {group.about || 'Something else'} ({group.count.toLocaleString()})
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
