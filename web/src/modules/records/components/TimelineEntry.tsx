import { Anchor, Group, Text, Typography } from '@mantine/core';
import { formatDateTime, formatRelative, humanize } from '../../../ui/format';
import type { Activity } from '../record-types';
import '../notes.css';
import { MemberName } from './MemberName';

function whoOf(activity: Activity) {
  if (activity.actor.type === 'user') return <MemberName id={activity.actor.userId} fallback="A member" />;
  return (
    <Text span size="sm">
      {activity.actor.type === 'person' ? 'The customer' : 'Rapport'}
    </Text>
  );
}

export function activityTitle(activity: Activity): string {
  const kind = humanize(activity.type.replace('_', ' '));
  const direction = activity.direction && activity.direction !== 'internal' ? ` (${activity.direction})` : '';
  if (!activity.subject) return `${kind}${direction}`;
  // Entries Rapport writes name their kind already ("Task done: …", "Order 1042: …", "Ticket #12 …").
  const named = activity.subject.toLowerCase().startsWith(`${kind.split(' ')[0]?.toLowerCase()} `);
  return named ? activity.subject : `${kind}${direction}: ${activity.subject}`;
}

/** One entry of a contact history: what, who, when, and its text and attachments. */
export function TimelineEntry({ activity }: { activity: Activity }) {
  return (
    <article aria-label={activityTitle(activity)}>
      <Text size="sm" fw={600}>
        {activityTitle(activity)}
      </Text>
      <Group gap={4} mb={4}>
        {whoOf(activity)}
        <Text span size="xs" c="dimmed">
          ·{' '}
          <time dateTime={activity.occurredAt} title={formatDateTime(activity.occurredAt)}>
            {formatRelative(activity.occurredAt)}
          </time>{' '}
          · {humanize(activity.channel)}
        </Text>
      </Group>
      {activity.bodyHtml ? (
        <Typography fz="sm">
          {/*
           * Safe to insert: the API stores `bodyHtml` only after sanitizeNote (timeline.rules.ts) on
           * every write (create and update), which keeps formatting tags, http(s)/mailto links and
           * `span[data-mention]` and drops scripts, event handlers and styles. Only this field from
           * our own API is ever rendered as HTML; everything else is text.
           */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised note HTML */}
          <div className="note-body" dangerouslySetInnerHTML={{ __html: activity.bodyHtml }} />
        </Typography>
      ) : (
        activity.body && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={8}>
            {activity.body}
          </Text>
        )
      )}
      {activity.attachments.length > 0 && (
        <Group gap="xs" mt={4}>
          {activity.attachments.map((file) => (
            <Anchor key={file.id} href={`/api/v1/attachments/${file.id}`} size="xs">
              {file.filename}
            </Anchor>
          ))}
        </Group>
      )}
    </article>
  );
}
