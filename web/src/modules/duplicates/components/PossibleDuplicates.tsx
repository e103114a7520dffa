import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowMerge, IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../../account/hooks/useSession';
import { type DuplicateObject, reasonLabels, recordPath, reviewPath } from '../duplicate-types';
import { useDuplicates } from '../hooks/useDuplicates';
import { mayMergeSome } from '../may-merge';

const SHOWN = 3;

/**
 * On a record's page, the open pairs it is in: a person entered twice is pointed out where someone
 * is looking at them, not only on the Duplicates page. Pairs found while the page is open appear
 * (stale-reads.ts: duplicateCandidate). The twin's name leads to the twin; the button beside it to the
 * review of the pair, named for what the role may do there.
 */
export function PossibleDuplicates({ object, recordId }: { object: DuplicateObject; recordId: string }) {
  const me = useSession();
  const pairs = useDuplicates(object, 'open', recordId);
  const candidates = pairs.data?.pages.flatMap((page) => page.data) ?? [];
  if (candidates.length === 0) return null;
  const noun = object === 'people' ? 'person' : 'company';
  const mayMerge = mayMergeSome(me, object);
  const action = mayMerge ? 'Review and merge' : 'Compare';
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconCopy size={18} aria-hidden />}
      title={candidates.length === 1 ? `Possibly the same ${noun} as another` : 'Possible duplicates'}
      // Found while the page is open, it is news, not an error: announced politely.
      role="status"
    >
      <Stack gap={6}>
        {candidates.slice(0, SHOWN).map((candidate) => {
          const other = candidate.records.find((record) => record.id !== recordId);
          const otherName = other?.name ?? 'Another record';
          return (
            <Group key={candidate.id} gap="xs" wrap="wrap" justify="space-between">
              <Text size="sm" style={{ flex: '1 1 14rem', minWidth: 0, overflowWrap: 'anywhere' }}>
                {other ? (
                  <Anchor component={Link} to={recordPath(object, other.id)} fw={500}>
                    {otherName}
                  </Anchor>
                ) : (
                  otherName
                )}
                {other?.detail ? ` (${other.detail})` : ''}:{' '}
                {reasonLabels(candidate).join(', ').toLowerCase()}
              </Text>
              <Button
                component={Link}
                to={reviewPath(candidate)}
                size="xs"
                variant="light"
                leftSection={mayMerge ? <IconArrowMerge size={14} aria-hidden /> : undefined}
                aria-label={`${action} with ${otherName}`}
              >
                {action}
              </Button>
            </Group>
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
