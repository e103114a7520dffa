import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { type DuplicateCandidate, mergePath, recordPath } from '../duplicate-types';

type PairMerge = NonNullable<DuplicateCandidate['merge']>;

/** A merged pair's two records: the one kept (a link to it) and the one merged away, as it was. */
export function MergedPairDetails({ candidate, merge }: { candidate: DuplicateCandidate; merge: PairMerge }) {
  const kept = candidate.records.find((record) => record.id === merge.survivorId);
  const gone = candidate.records.find((record) => record.id === merge.mergedId);
  return (
    <>
      {kept && (
        <div>
          <Text size="sm">
            Kept:{' '}
            <Anchor component={Link} to={recordPath(candidate.objectType, kept.id)} fw={500}>
              {kept.name}
            </Anchor>
          </Text>
          {kept.detail && (
            <Text size="xs" c="dimmed" truncate>
              {kept.detail}
            </Text>
          )}
        </div>
      )}
      {gone && (
        <div>
          <Text size="sm">
            Merged into it: <span style={{ fontWeight: 500 }}>{gone.name}</span>
          </Text>
          {gone.detail && (
            <Text size="xs" c="dimmed" truncate>
              {gone.detail}
            </Text>
          )}
        </div>
      )}
      <Text size="xs" c="dimmed">
        <Anchor
          component={Link}
          to={mergePath(merge.id)}
          state={{ mergedName: gone?.name }}
          size="xs"
          c="dimmed"
          underline="always"
        >
          Merged {formatDateTime(merge.mergedAt)}
        </Anchor>
        {merge.mergedBy ? ` by ${merge.mergedBy.name ?? 'a former member'}` : ''}
      </Text>
    </>
  );
}
