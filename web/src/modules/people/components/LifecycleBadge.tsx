import { Badge } from '@mantine/core';
import { humanize } from '../../../ui/format';
import type { LifecycleStage } from '../../records/record-types';

const COLORS: Record<LifecycleStage, string> = {
  subscriber: 'gray',
  lead: 'blue',
  qualified: 'cyan',
  opportunity: 'violet',
  customer: 'teal',
  evangelist: 'green',
  churned: 'red',
  other: 'gray',
};

export function LifecycleBadge({ stage }: { stage: LifecycleStage }) {
  return (
    <Badge variant="light" color={COLORS[stage]} radius="sm">
      {humanize(stage)}
    </Badge>
  );
}
