import { Badge, Text } from '@mantine/core';
import type { Scope } from '../../../api/types';

const LOOK: Record<Exclude<Scope, 'none'>, { label: string; color: string }> = {
  all: { label: 'All', color: 'teal' },
  team: { label: 'Team', color: 'blue' },
  own: { label: 'Own', color: 'yellow' },
};

/** Which records an action reaches; "none" is shown as a quiet dash that still reads as "None". */
export function ScopeBadge({ scope }: { scope: Scope }) {
  if (scope === 'none') {
    return (
      <Text c="dimmed" aria-label="None" component="span">
        —
      </Text>
    );
  }
  const { label, color } = LOOK[scope];
  return (
    <Badge variant="light" color={color} radius="sm" size="sm">
      {label}
    </Badge>
  );
}
