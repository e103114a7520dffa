import { Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { IconArrowMerge, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Me } from '../../../api/types';
import { formatDate } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { can, canOnRecord } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { useCustomFields } from '../../custom-fields/hooks/useCustomFields';
import { recordNameText } from '../../records/components/RecordName';
import { useIdNames } from '../../records/hooks/useIdNames';
import type { RecordObject } from '../../records/record-types';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { type DuplicateObject, type DuplicateRecord, mergePath } from '../duplicate-types';
import { useMergeRecords } from '../hooks/useMergeRecords';
import { useSetDuplicateStatus } from '../hooks/useSetDuplicateStatus';
import { mayMergeSome } from '../may-merge';
import { isConflict, mergeFields, relationIds, unitedFields } from '../merge-fields';
import { CompareFieldsTable, type Side } from './CompareFieldsTable';
import { MergeMoves } from './MergeMoves';

interface MergeReviewProps {
  objectType: DuplicateObject;
  records: readonly [DuplicateRecord, DuplicateRecord];
  candidateId: string | null;
}

/**
 * Why the member may not merge these two this way, or null. The server (merge.service.ts) changes
 * the record kept and removes the other, so it asks update on one and delete on the other; a team's
 * records it judges itself (canOnRecord offers them).
 */
function mergeRefusal(me: Me, objectType: DuplicateObject, kept: DuplicateRecord, gone: DuplicateRecord) {
  if (!can(me, objectType, 'update')) return `Your role may compare ${objectType}, not merge them.`;
  if (!can(me, objectType, 'delete'))
    return `Merging takes away the record not kept, and your role may not remove ${objectType}.`;
  if (!canOnRecord(me, objectType, 'update', kept.ownerId))
    return `Your role may merge only ${objectType} you own: ${kept.name} is not yours.`;
  if (!canOnRecord(me, objectType, 'delete', gone.ownerId))
    return `Your role may merge only ${objectType} you own: ${gone.name} is not yours.`;
  return null;
}

/** Choose the record to keep and, field by field, the values; then merge (or say they differ). */
export function MergeReview({ objectType, records, candidateId }: MergeReviewProps) {
  const me = useSession();
  const navigate = useNavigate();
  const mergeRecords = useMergeRecords();
  const setStatus = useSetDuplicateStatus();
  const members = useUserDirectory();
  const definitions = useCustomFields(objectType, { includeArchived: true });
  // The older record usually carries the history; it is the natural one to keep.
  const [survivor, setSurvivor] = useState<Side>(records[0].createdAt <= records[1].createdAt ? 0 : 1);
  const [picks, setPicks] = useState<Record<string, Side>>({});
  const ownerName = (id: string) => members.data?.find((member) => member.id === id)?.name ?? 'A member';
  const names = useIdNames(relationIds(records, definitions.data ?? []));
  const recordName = (object: RecordObject, id: string) => recordNameText(object, names(object, id));
  const fields = mergeFields(objectType, records, definitions.data ?? [], { ownerName, recordName });
  const pickOf = (field: { key: string }) => picks[field.key] ?? survivor;
  const kept = records[survivor];
  const merged = records[survivor === 0 ? 1 : 0];
  const refusal = mergeRefusal(me, objectType, kept, merged);
  // A role that may merge no such records is not shown the button; one that owns the wrong one is.
  const mayMerge = mayMergeSome(me, objectType);

  const merge = () => {
    const choices = Object.fromEntries(
      fields
        .filter((field) => isConflict(field, records[0], records[1]))
        .map((field) => [field.key, pickOf(field) === survivor ? 'survivor' : 'merged'] as const),
    );
    mergeRecords.mutate(
      { objectType, survivorId: kept.id, mergedId: merged.id, choices },
      {
        onSuccess: (done) => {
          notifySuccess(`${merged.name} merged into ${kept.name}.`);
          navigate(mergePath(done.id), { state: { mergedName: merged.name } });
        },
      },
    );
  };

  return (
    <Stack>
      <Paper withBorder radius="md" p="md">
        <Radio.Group
          label="Record to keep"
          description="The other is merged into it: its history, deals, tickets and orders move over, and it can be brought back with Undo."
          value={String(survivor)}
          onChange={(next) => setSurvivor(next === '1' ? 1 : 0)}
        >
          <Group mt="xs" gap="xl">
            {records.map((record, side) => (
              <Radio
                key={record.id}
                value={String(side)}
                label={`${side === 0 ? 'A' : 'B'} · ${record.name}`}
                description={`Created ${formatDate(record.createdAt)}`}
              />
            ))}
          </Group>
        </Radio.Group>
        <MergeMoves objectType={objectType} records={records} survivor={survivor} />
      </Paper>
      <Paper withBorder radius="md">
        <CompareFieldsTable
          records={records}
          fields={fields}
          united={unitedFields(objectType)}
          pickOf={pickOf}
          onPick={(field, side) => setPicks((current) => ({ ...current, [field.key]: side }))}
        />
      </Paper>
      <Text size="sm" c="dimmed">
        Where both records have a different value, pick the one to keep. Empty values never win over filled
        ones.
      </Text>
      {refusal && (
        <Text size="sm" role="note">
          {refusal}
        </Text>
      )}
      <Group justify="flex-end">
        {candidateId && can(me, 'people', 'update') && (
          <Button
            variant="default"
            leftSection={<IconX size={16} aria-hidden />}
            loading={setStatus.isPending}
            onClick={() =>
              setStatus.mutate(
                { id: candidateId, dismissed: true },
                {
                  onSuccess: () => {
                    notifySuccess('Pair dismissed: it will not be suggested again.');
                    navigate('/duplicates');
                  },
                },
              )
            }
          >
            Not duplicates
          </Button>
        )}
        {mayMerge && (
          <Button
            leftSection={<IconArrowMerge size={16} aria-hidden />}
            loading={mergeRecords.isPending}
            disabled={refusal !== null}
            onClick={merge}
          >
            Merge into {kept.name}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
