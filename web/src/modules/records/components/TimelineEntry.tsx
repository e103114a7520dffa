import { Anchor, Group, Text, Typography } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { activityTitle, campaignEngagement, channelNote } from '../activity-title';
import { isLoggedByHand } from '../logged-entries';
import type { Activity, RecordObject } from '../record-types';
import { AttachToEntry, EntryAttachments } from './EntryAttachments';
import { EntryMenu } from './EntryMenu';
import '../notes.css';
import { MemberName } from './MemberName';

const NBSP = '\u00a0';

function whoOf(activity: Activity, object: RecordObject, recordId: string) {
  const { actor } = activity;
  if (actor.type === 'user') return <MemberName id={actor.userId} fallback="A member" />;
  if (actor.type === 'person' && actor.personId && actor.personName) {
    // A customer is named (a company's history holds many), and leads to their page unless it is this one.
    if (object === 'people' && actor.personId === recordId)
      return (
        <Text span size="sm">
          {actor.personName}
        </Text>
      );
    return (
      <Anchor component={Link} to={`/people/${actor.personId}`} size="sm">
        {actor.personName}
      </Anchor>
    );
  }
  return (
    <Text span size="sm">
      {actor.type === 'person' ? 'The customer' : 'Rapport'}
    </Text>
  );
}

/**
 * The people an entry concerns besides the page's own person and the customer who acted (named
 * already): on a company's history, with whom it was; on a person's, who else took part.
 */
function withWhom(activity: Activity, object: RecordObject, recordId: string) {
  const others = activity.people
    .filter((p) => !(object === 'people' && p.id === recordId) && p.id !== activity.actor.personId)
    .sort((a, b) => a.name.localeCompare(b.name));
  if (others.length === 0) return null;
  const shown = others.slice(0, 3);
  return (
    <Text span size="sm">
      with{' '}
      {shown.map((p, i) => (
        <span key={p.id}>
          {i > 0 && (i === shown.length - 1 && others.length === shown.length ? ' and ' : ', ')}
          <Anchor component={Link} to={`/people/${p.id}`} size="sm">
            {p.name}
          </Anchor>
        </span>
      ))}
      {others.length > shown.length && ` and ${others.length - shown.length} more`}
    </Text>
  );
}

interface TimelineEntryProps {
  activity: Activity;
  object: RecordObject;
  recordId: string;
  /** May the member change this entry: attach files to it and remove them, correct what they logged. */
  mayChange: boolean;
  /** May the member delete this entry (one logged by hand)? */
  mayDelete: boolean;
}

/** One entry of a contact history: what, who, when, and its text and attachments. */
export function TimelineEntry({ activity, object, recordId, mayChange, mayDelete }: TimelineEntryProps) {
  const title = activityTitle(activity);
  const people = withWhom(activity, object, recordId);
  const channel = channelNote(activity);
  const engagement = campaignEngagement(activity);
  return (
    <article aria-label={title} className="timeline-entry">
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Group gap={2} wrap="nowrap">
          {mayChange && <AttachToEntry activity={activity} object={object} recordId={recordId} />}
          {isLoggedByHand(activity) && (
            <EntryMenu
              entry={activity}
              object={object}
              recordId={recordId}
              mayEdit={mayChange}
              mayDelete={mayDelete}
            />
          )}
        </Group>
      </Group>
      {/*
       * Inline text rather than a flex row, so that on a narrow screen the line wraps between words;
       * each "·" is glued to the word before it, so no line starts with one.
       */}
      <Text component="div" size="sm" mb={4}>
        {whoOf(activity, object, recordId)}
        {people && <> {people}</>}
        <Text span size="xs" c="dimmed">
          {NBSP}·{' '}
          <time
            dateTime={activity.occurredAt}
            title={formatDateTime(activity.occurredAt)}
            style={{ whiteSpace: 'nowrap' }}
          >
            {formatRelative(activity.occurredAt)}
          </time>
          {channel && `${NBSP}· ${channel}`}
          {engagement && `${NBSP}· ${engagement}`}
        </Text>
      </Text>
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
      <EntryAttachments activity={activity} object={object} recordId={recordId} mayChange={mayChange} />
    </article>
  );
}
