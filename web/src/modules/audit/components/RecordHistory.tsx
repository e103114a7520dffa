import { Badge, Loader, Text, Timeline } from '@mantine/core';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { shownAction } from '../audit-text';
import { changeParts, describeChanges } from '../change-text';
import { useAuditLog } from '../hooks/useAuditLog';
import { useChangeContext } from '../hooks/useChangeContext';
import { foldMerges, historyTitle, recordNoun } from '../merge-text';
import { ActionBadge } from './ActionBadge';
import { ChangeParts } from './ChangeParts';
import { EntrySource } from './EntrySource';

/**
 * One record's changes as a timeline: who, when, through what, and each field in words; a merge it
 * took part in as one line from its side ("Ada merged Jon Smithers into this person"), linked to it.
 */
export function RecordHistory({ recordId }: { recordId: string }) {
  const history = useAuditLog({ recordId });
  const words = useChangeContext();
  const all = history.data?.pages.flatMap((page) => page.data) ?? [];
  const entries = foldMerges(all);
  const noun = recordNoun(all, recordId);

  if (history.error) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  if (history.isPending || !words.ready) return <Loader aria-label="Loading the history" />;
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No changes recorded.
      </Text>
    );
  }

  return (
    <>
      {/* A record's name of one long word breaks inside, rather than run off a phone's screen. */}
      <Timeline bulletSize={14} lineWidth={2} active={entries.length} style={{ overflowWrap: 'anywhere' }}>
        {entries.map((entry) => (
          <Timeline.Item
            key={entry.id}
            title={
              <Text size="sm" fw={500}>
                {historyTitle(entry, recordId, noun)}
              </Text>
            }
          >
            <Text size="xs" c="dimmed" mb={6}>
              <time dateTime={entry.occurredAt} title={formatDateTime(entry.occurredAt)}>
                {formatRelative(entry.occurredAt)}
              </time>{' '}
              · <EntrySource entry={entry} />{' '}
              {entry.merge ? (
                <Badge variant="light" color="grape" radius="sm" size="sm" miw={72}>
                  {entry.merge.undo ? 'unmerged' : 'merged'}
                </Badge>
              ) : (
                <ActionBadge action={shownAction(entry)} />
              )}
            </Text>
            {/* A merge's or a possible duplicate's entry holds its own row, not the record's fields. */}
            {(entry.objectType === 'merge' || entry.pair
              ? []
              : describeChanges(entry, words.contextFor(entry))
            ).map((line) => (
              <Text key={line.field} size="sm">
                <Text span fw={500}>
                  {line.label}:
                </Text>{' '}
                <ChangeParts parts={changeParts(line, entry.action)} />
              </Text>
            ))}
          </Timeline.Item>
        ))}
      </Timeline>
      <LoadMoreButton
        hasMore={history.hasNextPage}
        loading={history.isFetchingNextPage}
        onLoadMore={() => void history.fetchNextPage()}
      />
    </>
  );
}
