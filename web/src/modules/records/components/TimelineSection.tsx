import { Center, Group, Loader, MultiSelect, Paper, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { humanize } from '../../../ui/format';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { lazyComponent } from '../../../ui/lazy';
import { QueryError } from '../../../ui/QueryError';
import { canOnRecord } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { useTimeline } from '../hooks/useTimeline';
import { useWhenVisible } from '../hooks/useWhenVisible';
import { ACTIVITY_TYPES, type Activity, type ActivityType, type RecordObject } from '../record-types';
import { TimelineEntry } from './TimelineEntry';
import '../record-page.css';

// The note editor alone needs TipTap and ProseMirror (nearly a third of the app's code): it loads
// when a history that takes notes is first shown, in the space it will fill.
const NOTE_FORM_HEIGHT = 220;
const LogEntryForm = lazyComponent(() => import('./LogEntryForm'), 'LogEntryForm', {
  fallback: (
    <Center h={NOTE_FORM_HEIGHT}>
      <Loader size="sm" aria-label="Loading the note editor" />
    </Center>
  ),
});

const TYPE_OPTIONS = ACTIVITY_TYPES.map((value) => ({ value, label: humanize(value.replace('_', ' ')) }));

/** Where a record page's jump link to the timeline leads (SectionJumpLinks). */
export const TIMELINE_HEADING_ID = 'timeline-heading';

interface TimelineSectionProps {
  object: RecordObject;
  id: string;
  canLog: boolean;
}

/** The contact history, newest first, loading older entries as it scrolls; filterable by type. */
export function TimelineSection({ object, id, canLog }: TimelineSectionProps) {
  const me = useSession();
  // Files go on what members wrote (notes, calls, meetings), as far as the role may change it; what
  // customers wrote (mail, chat) keeps what it came with, and what follows another record (a stage
  // change, a ticket solved) follows that record.
  const mayDo = (activity: Activity, action: 'update' | 'delete') =>
    activity.actor.type === 'user' &&
    !activity.derived &&
    canOnRecord(me, 'activities', action, activity.actor.userId);
  const mayChange = (activity: Activity) => mayDo(activity, 'update');
  const mayDelete = (activity: Activity) => mayDo(activity, 'delete');
  const [types, setTypes] = useState<ActivityType[]>([]);
  const timeline = useTimeline(object, id, types);
  const entries = timeline.data?.pages.flatMap((page) => page.data) ?? [];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;
  const sentinel = useWhenVisible<HTMLDivElement>(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, hasNextPage);

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={TIMELINE_HEADING_ID}
      className="timeline-section"
    >
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id={TIMELINE_HEADING_ID}>
          Timeline
        </Title>
        <MultiSelect
          aria-label="Show only these types"
          placeholder={types.length === 0 ? 'All types' : undefined}
          data={TYPE_OPTIONS}
          value={types}
          onChange={(next) => setTypes(next as ActivityType[])}
          clearable
          w={{ base: '100%', xs: 300 }}
        />
      </Group>
      {canLog && (
        <LogEntryForm
          object={object}
          id={id}
          // An entry added while the filter hides its kind would seem lost: the filter goes, it shows.
          onAdded={(kind) => setTypes((shown) => (shown.length > 0 && !shown.includes(kind) ? [] : shown))}
        />
      )}
      {timeline.error && <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {timeline.isPending && <Loader aria-label="Loading the timeline" mt="md" />}
      {timeline.isSuccess && entries.length === 0 && (
        <Text size="sm" c="dimmed" mt="md">
          {types.length > 0 ? 'Nothing of these types yet.' : 'No interactions yet.'}
        </Text>
      )}
      {entries.length > 0 && (
        // A word longer than the line (a name, a link pasted in a note) breaks inside it.
        <Timeline bulletSize={12} lineWidth={2} mt="md" style={{ overflowWrap: 'anywhere' }}>
          {entries.map((activity) => (
            <Timeline.Item key={activity.id}>
              <TimelineEntry
                activity={activity}
                object={object}
                recordId={id}
                mayChange={mayChange(activity)}
                mayDelete={mayDelete(activity)}
              />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <div ref={sentinel} />
      <LoadMoreButton
        hasMore={hasNextPage}
        loading={isFetchingNextPage}
        onLoadMore={() => void fetchNextPage()}
      />
    </Paper>
  );
}
