import { Badge } from '@mantine/core';
import type { MailStatus } from '../../../api/types';

const LOOK: Record<MailStatus, { label: string; color: string }> = {
  held: { label: 'Held', color: 'yellow' },
  queued: { label: 'Queued', color: 'blue' },
  sent: { label: 'Sent', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
};

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { label, color } = LOOK[status];
  return (
    <Badge variant="light" color={color} radius="sm">
      {label}
    </Badge>
  );
}
