import { Badge, Group, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../../ui/format';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { type ConsentEvent, labelOf } from '../consent-options';

/** The ledger, newest first: every event as recorded, none ever changed. */
export function ConsentHistory({ events }: { events: readonly ConsentEvent[] }) {
  const members = useUserDirectory(events.some((e) => e.recordedBy !== null));
  const nameOf = (id: string) => members.data?.find((m) => m.id === id)?.name ?? 'a member';
  if (events.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Nothing recorded yet.
      </Text>
    );
  return (
    <Stack
      gap="xs"
      component="ol"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label="Consent history"
    >
      {events.map((event) => (
        <li key={event.id}>
          <Group gap={6} wrap="nowrap">
            <Badge size="xs" variant="light" color={event.status === 'granted' ? 'teal' : 'red'}>
              {labelOf(event.status)}
            </Badge>
            <Text size="sm" truncate>
              {labelOf(event.purpose)} · {labelOf(event.channel)}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> ·{' '}
            {labelOf(event.source)} · {labelOf(event.lawfulBasis)}
            {event.recordedBy && ` · by ${nameOf(event.recordedBy)}`}
          </Text>
          {event.evidence && (
            <Text size="xs" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {event.evidence}
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}
