import { Anchor, Group, Text, Typography } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime, formatMoney, formatRelative, humanize } from '../../../ui/format';
import type { Activity } from '../record-types';
import '../notes.css';
import { MemberName } from './MemberName';

function whoOf(activity: Activity) {
  const { actor } = activity;
  if (actor.type === 'user') return <MemberName id={actor.userId} fallback="A member" />;
  // A customer is named (a company's history holds many), and leads to their page.
  if (actor.type === 'person' && actor.personId && actor.personName)
    return (
      <Anchor component={Link} to={`/people/${actor.personId}`} size="sm">
        {actor.personName}
      </Anchor>
    );
  return (
    <Text span size="sm">
      {actor.type === 'person' ? 'The customer' : 'Rapport'}
    </Text>
  );
}

/**
 * An order's entry stores its amount as written by the server ("Order 1042: 8231.00 USD", timeline.derive.ts
 * and the demo); its metadata carries the amount and currency, so it reads as the Orders card writes
 * money ("Order 1042: $8,231.00"). Any other subject is left as it is.
 */
function subjectOf(activity: Activity): string | null {
  const { subject, metadata } = activity;
  const amount =
    typeof metadata.total === 'string' || typeof metadata.total === 'number' ? Number(metadata.total) : NaN;
  if (
    activity.type !== 'order' ||
    !subject ||
    typeof metadata.currency !== 'string' ||
    !Number.isFinite(amount)
  )
    return subject;
  const cut = subject.lastIndexOf(': ');
  const written = /^-?\d+(\.\d+)? (\w+)$/.exec(subject.slice(cut + 2));
  if (cut < 0 || written?.[2] !== metadata.currency) return subject;
  return `${subject.slice(0, cut)}: ${formatMoney(amount, metadata.currency)}`;
}

export function activityTitle(activity: Activity): string {
  const kind = humanize(activity.type.replace('_', ' '));
  const direction = activity.direction && activity.direction !== 'internal' ? ` (${activity.direction})` : '';
  const subject = subjectOf(activity);
  if (!subject) return `${kind}${direction}`;
  // Entries Rapport writes name their kind already ("Task done: …", "Order 1042: …", "Ticket #12 …").
  const named = subject.toLowerCase().startsWith(`${kind.split(' ')[0]?.toLowerCase()} `);
  return named ? subject : `${kind}${direction}: ${subject}`;
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
