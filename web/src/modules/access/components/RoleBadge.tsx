import { Badge } from '@mantine/core';
import type { Role } from '../../../api/types';
import { ROLE_COLORS, ROLE_LABELS } from '../roles';

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge variant="light" color={ROLE_COLORS[role]} radius="sm">
      {ROLE_LABELS[role]}
    </Badge>
  );
}
