import { Badge } from '@mantine/core';
import type { ApiToken } from '../../../api/types';

const LOOK: Record<ApiToken['status'], { label: string; color: string }> = {
  active: { label: 'Active', color: 'teal' },
  expired: { label: 'Expired', color: 'orange' },
  revoked: { label: 'Revoked', color: 'gray' },
};

export function ApiTokenStatusBadge({ status }: { status: ApiToken['status'] }) {
  const { label, color } = LOOK[status];
  return (
    <Badge variant="light" color={color} radius="sm">
      {label}
    </Badge>
  );
}
