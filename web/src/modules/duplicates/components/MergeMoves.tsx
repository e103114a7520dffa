import { Loader, Text } from '@mantine/core';
import type { DuplicateObject, DuplicateRecord } from '../duplicate-types';
import { useMergePreview } from '../hooks/useMergePreview';
import { movesSentence } from '../merge-moves';
import type { Side } from './CompareFieldsTable';

interface MergeMovesProps {
  objectType: DuplicateObject;
  records: readonly [DuplicateRecord, DuplicateRecord];
  survivor: Side;
}

/**
 * What the merge will carry onto the record kept. Both ways are asked at once, so choosing the other
 * record to keep shows its figures without waiting.
 */
export function MergeMoves({ objectType, records, survivor }: MergeMovesProps) {
  const [first, second] = records;
  const intoFirst = useMergePreview(objectType, first.id, second.id);
  const intoSecond = useMergePreview(objectType, second.id, first.id);
  const preview = survivor === 0 ? intoFirst : intoSecond;
  const merged = records[survivor === 0 ? 1 : 0];
  // Namesakes are told apart by their side's letter, as the table heads them.
  const from = first.name === second.name ? `${merged.name} (${survivor === 0 ? 'B' : 'A'})` : merged.name;

  if (preview.isPending) return <Loader size="xs" mt="sm" aria-label="Counting what the merge moves" />;
  return (
    <Text size="sm" mt="sm" role="status" aria-label="What the merge moves">
      {preview.data
        ? movesSentence(preview.data.moves, from)
        : `What moves from ${from} could not be counted; its history, deals, tickets and orders move all the same.`}
    </Text>
  );
}
