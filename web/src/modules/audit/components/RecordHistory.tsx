import { Loader, Text, Timeline } from '@mantine/core';
import { formatDateTime, formatRelative, humanize } from '../../../ui/format';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { actorName, formatValue, objectLabel, viaLabel, visibleChanges } from '../audit-text';
import { useAuditLog } from '../hooks/useAuditLog';
import { ActionBadge } from './ActionBadge';

/** One record's changes as a timeline: who, when, through what, and each field before → after. */
export function RecordHistory({ recordId }: { recordId: string }) {
  const history = useAuditLog({ recordId });
  const entries = history.data?.pages.flatMap((page) => page.data) ?? [];

  if (history.error) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  if (history.isPending) return <Loader aria-label="Loading the history" />;
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No changes recorded.
      </Text>
    );
  }

  return (
    <>
      <Timeline bulletSize={14} lineWidth={2} active={entries.length}>
        {entries.map((entry) => (
          <Timeline.Item
            key={entry.id}
            title={
              <Text size="sm" fw={500}>
                {actorName(entry)} {entry.action} the {objectLabel(entry.objectType)}
              </Text>
            }
          >
            <Text size="xs" c="dimmed" mb={6}>
              <time dateTime={entry.occurredAt} title={formatDateTime(entry.occurredAt)}>
                {formatRelative(entry.occurredAt)}
              </time>{' '}
              · via {viaLabel(entry.via)} <ActionBadge action={entry.action} />
            </Text>
            {visibleChanges(entry).map(([field, change]) => (
              <Text key={field} size="sm">
                <Text span fw={500}>
                  {humanize(field)}:
                </Text>{' '}
                {entry.action === 'updated' ? (
                  <>
                    <Text span c="dimmed">
                      {formatValue(change.before)}
                    </Text>{' '}
                    → {formatValue(change.after)}
                  </>
                ) : (
                  formatValue(entry.action === 'deleted' ? change.before : change.after)
                )}
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
