import { Accordion, Group, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '../../../api/types';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { describeEntry, shownAction } from '../audit-text';
import { useChangeContext } from '../hooks/useChangeContext';
import { ActionBadge } from './ActionBadge';
import { EntrySource } from './EntrySource';
import { FieldChanges } from './FieldChanges';

interface AuditEntryListProps {
  entries: readonly AuditEntry[];
  nameOf: (userId: string) => string | undefined;
}

/** Audit entries, each opening onto its field-level changes. */
export function AuditEntryList({ entries, nameOf }: AuditEntryListProps) {
  const words = useChangeContext();
  return (
    // A record's name of one long word breaks inside, rather than run off a phone's screen.
    <Accordion
      variant="separated"
      radius="md"
      multiple
      chevronPosition="right"
      style={{ overflowWrap: 'anywhere' }}
    >
      {entries.map((entry) => (
        <Accordion.Item key={entry.id} value={entry.id}>
          <Accordion.Control>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ActionBadge action={shownAction(entry)} />
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {describeEntry(entry, nameOf)}
                </Text>
                <Text size="xs" c="dimmed">
                  <time dateTime={entry.occurredAt} title={formatDateTime(entry.occurredAt)}>
                    {formatRelative(entry.occurredAt)}
                  </time>{' '}
                  · <EntrySource entry={entry} linked={false} />
                </Text>
              </Stack>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Text size="xs" c="dimmed" mb="xs">
              {formatDateTime(entry.occurredAt)} · <EntrySource entry={entry} />
              {entry.requestId && ` · request ${entry.requestId}`}
            </Text>
            <FieldChanges entry={entry} context={words.contextFor(entry)} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
