import { Badge } from '@mantine/core';
import type { AuditEntry } from '../../../api/types';

const COLORS: Record<AuditEntry['action'], string> = { created: 'teal', updated: 'blue', deleted: 'red' };

export function ActionBadge({ action }: { action: AuditEntry['action'] }) {
  return (
    <Badge variant="light" color={COLORS[action]} radius="sm" size="sm" miw={72}>
      {action}
    </Badge>
  );
}
