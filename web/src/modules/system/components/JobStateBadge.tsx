import { Badge } from '@mantine/core';
import type { JobState } from '../../../api/types';

const LOOK: Record<JobState, { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'blue' },
  running: { label: 'Running', color: 'indigo' },
  succeeded: { label: 'Succeeded', color: 'teal' },
  dead: { label: 'Dead', color: 'red' },
};

export function JobStateBadge({ state }: { state: JobState }) {
  const { label, color } = LOOK[state];
  return (
    <Badge variant="light" color={color} radius="sm">
      {label}
    </Badge>
  );
}
