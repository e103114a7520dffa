import { Badge } from '@mantine/core';
import type { ShownAction } from '../audit-text';

const COLORS: Record<ShownAction, string> = {
  created: 'teal',
  updated: 'blue',
  deleted: 'red',
  restored: 'teal',
};

export function ActionBadge({ action }: { action: ShownAction }) {
  return (
    <Badge variant="light" color={COLORS[action]} radius="sm" size="sm" miw={72}>
      {action}
    </Badge>
  );
}
