import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useIdNames } from '../hooks/useIdNames';
import type { RecordObject } from '../record-types';

const NO_LONGER_HERE: Record<RecordObject, string> = {
  people: 'A person no longer here',
  companies: 'A company no longer here',
};

/** A looked-up name as text: "…" while it loads (null), and what a record not found is called. */
export const recordNameText = (object: RecordObject, name: string | null | undefined) =>
  name === null ? '…' : (name ?? NO_LONGER_HERE[object]);

/**
 * A person or company a value points at (a relation custom field), by its name and linked to it. The
 * names of a whole list page go out in one request (useIdNames); one deleted, merged away or out of
 * reach says so, still linked: a merged person's page leads on to whom they were merged into.
 */
export function RecordName({ object, id }: { object: RecordObject; id: string }) {
  const ids = { user: [], people: [], companies: [], [object]: [id] };
  const name = useIdNames(ids)(object, id);
  const text = recordNameText(object, name);
  if (name === null)
    return (
      <Text span size="sm" c="dimmed">
        {text}
      </Text>
    );
  return (
    <Anchor component={Link} to={`/${object}/${id}`} size="sm" c={name === undefined ? 'dimmed' : undefined}>
      {text}
    </Anchor>
  );
}
