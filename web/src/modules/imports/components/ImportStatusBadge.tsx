import { Badge } from '@mantine/core';
import type { ImportStatus } from '../import-types';

const LOOK: Record<ImportStatus, { label: string; color: string }> = {
  awaiting_upload: { label: 'Uploading', color: 'gray' },
  uploaded: { label: 'Ready to map', color: 'blue' },
  queued: { label: 'Queued', color: 'blue' },
  processing: { label: 'Importing', color: 'blue' },
  completed: { label: 'Done', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'orange' },
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { label, color } = LOOK[status];
  return (
    <Badge variant="light" color={color} radius="sm">
      {label}
    </Badge>
  );
}
