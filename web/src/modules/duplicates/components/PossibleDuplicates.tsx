import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type DuplicateObject, reasonLabels, reviewPath } from '../duplicate-types';
import { useDuplicates } from '../hooks/useDuplicates';

const SHOWN = 3;

/**
 * On a record's page, the open pairs it is in: a person entered twice is pointed out where someone
 * is looking at them, not only on the Duplicates page. Pairs found while the page is open appear
 * (stale-reads.ts: duplicateCandidate).
 */
export function PossibleDuplicates({ object, recordId }: { object: DuplicateObject; recordId: string }) {
  const pairs = useDuplicates(object, 'open', recordId);
  const candidates = pairs.data?.pages.flatMap((page) => page.data) ?? [];
  if (candidates.length === 0) return null;
  const noun = object === 'people' ? 'person' : 'company';
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconCopy size={18} aria-hidden />}
      title={candidates.length === 1 ? `Possibly the same ${noun} as another` : 'Possible duplicates'}
      // Found while the page is open, it is news, not an error: announced politely.
      role="status"
    >
      <Stack gap={4}>
        {candidates.slice(0, SHOWN).map((candidate) => {
          const other = candidate.records.find((record) => record.id !== recordId);
          return (
            <Text key={candidate.id} size="sm">
              <Anchor component={Link} to={reviewPath(candidate)} fw={500}>
                {other?.name ?? 'Another record'}
              </Anchor>
              {other?.detail ? ` (${other.detail})` : ''}: {reasonLabels(candidate).join(', ').toLowerCase()}
            </Text>
          );
        })}
        {candidates.length > SHOWN && (
          <Anchor component={Link} to="/duplicates" size="sm">
            {candidates.length - SHOWN} more under Duplicates
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
