import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type DuplicateCandidate, matchText, reasonLabels, reviewPath } from '../duplicate-types';
import { MergedPairDetails } from './MergedPairDetails';

interface CandidateCardProps {
  candidate: DuplicateCandidate;
  /** May the member dismiss a pair or suggest it again (update on people, as the server asks)? */
  mayChange: boolean;
  busy: boolean;
  onDismiss: (candidate: DuplicateCandidate, dismissed: boolean) => void;
  onUndoMerge: (mergeId: string) => void;
}

/**
 * A likely duplicate pair: both records, why they match, and what the member may do with it. Review
 * stays for readers: the comparison only reads, and it says why they cannot merge.
 */
export function CandidateCard({ candidate, mayChange, busy, onDismiss, onUndoMerge }: CandidateCardProps) {
  const names = candidate.records.map((record) => record.name).join(' and ');
  return (
    <Paper withBorder radius="md" p="md" component="li" aria-label={names}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6} style={{ flex: '1 1 18rem', minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            {reasonLabels(candidate).map((label) => (
              <Badge key={label} variant="light" radius="sm">
                {label}
              </Badge>
            ))}
            <Text size="xs" c="dimmed">
              {Math.round(candidate.score * 100)}% sure
            </Text>
          </Group>
          {candidate.matches.length > 0 && (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              Both have {candidate.matches.map(matchText).join(', ')}
            </Text>
          )}
          {candidate.merge ? (
            <MergedPairDetails candidate={candidate} merge={candidate.merge} />
          ) : (
            candidate.records.map((record) => (
              <div key={record.id}>
                <Text size="sm" fw={500} truncate>
                  {record.name}
                </Text>
                {record.detail && (
                  <Text size="xs" c="dimmed" truncate>
                    {record.detail}
                  </Text>
                )}
              </div>
            ))
          )}
        </Stack>
        <Group gap="xs">
          {candidate.status === 'open' && (
            <>
              {mayChange && (
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconX size={14} aria-hidden />}
                  loading={busy}
                  onClick={() => onDismiss(candidate, true)}
                  aria-label={`Not duplicates: ${names}`}
                >
                  Not duplicates
                </Button>
              )}
              <Button component={Link} to={reviewPath(candidate)} size="xs" aria-label={`Review ${names}`}>
                Review
              </Button>
            </>
          )}
          {candidate.status === 'dismissed' && mayChange && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              loading={busy}
              onClick={() => onDismiss(candidate, false)}
              aria-label={`Suggest again: ${names}`}
            >
              Suggest again
            </Button>
          )}
          {candidate.merge?.undoable && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              loading={busy}
              onClick={() => candidate.merge && onUndoMerge(candidate.merge.id)}
              aria-label={`Undo merge: ${names}`}
            >
              Undo merge
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
