import { formatMoney, humanize } from '../../ui/format';
import type { Activity } from './record-types';

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

/**
 * Kinds that go either way, whose direction says who reached out. A campaign is always sent and a
 * form always received, and a meeting is had together (its direction only tells one with the customer
 * from an internal one): "Meeting (outbound)" said nothing a reader could use.
 */
const EITHER_WAY = new Set<Activity['type']>(['email', 'call', 'chat', 'social', 'other']);

export function activityTitle(activity: Activity): string {
  const kind = humanize(activity.type.replace('_', ' '));
  const direction =
    activity.direction && activity.direction !== 'internal' && EITHER_WAY.has(activity.type)
      ? ` (${activity.direction})`
      : '';
  const subject = subjectOf(activity);
  if (!subject) return `${kind}${direction}`;
  // Entries Rapport writes name their kind already ("Task done: …", "Order 1042: …", "Ticket #12 …"),
  // and a subject may be the kind itself ("Note"): neither is prefixed again.
  const word = kind.split(' ')[0]?.toLowerCase() ?? '';
  const said = subject.toLowerCase();
  const named = said === kind.toLowerCase() || said.startsWith(`${word} `);
  return named ? subject : `${kind}${direction}: ${subject}`;
}

/**
 * The channel, when it tells more than the kind: "Campaign · Email", "Order · Web", but not "Email ·
 * Email", "Meeting · Meeting" or "Call · Phone". "Other" says nothing (a note's channel, for one), nor
 * does "System": the entry already says Rapport wrote it.
 */
export function channelNote(activity: Activity): string | null {
  const { type, channel } = activity;
  if (channel === 'other' || channel === 'system' || channel === type) return null;
  if (type === 'call' && channel === 'phone') return null;
  return humanize(channel);
}

/**
 * What a customer did with a campaign's e-mail, from the entry's metadata (`opened`, `clicked`): "Opened,
 * clicked", "Opened", "Not opened"; null for any other entry, or one that does not say.
 */
export function campaignEngagement(activity: Activity): string | null {
  const { opened, clicked } = activity.metadata;
  if (activity.type !== 'campaign') return null;
  if (clicked === true) return 'Opened, clicked';
  if (opened === true) return 'Opened';
  return opened === false ? 'Not opened' : null;
}
