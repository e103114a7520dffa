import { Button, Group, Modal, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { humanize } from '../../../ui/format';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import type { BulkActionType } from '../record-list-config';
import { type BulkAction, LIFECYCLE_STAGES } from '../record-types';

export const BULK_ACTION_LABELS: Record<BulkActionType, string> = {
  setOwner: 'Change owner',
  addTags: 'Add tag',
  removeTags: 'Remove tag',
  setStage: 'Set stage',
  delete: 'Delete',
};

interface BulkActionModalProps {
  type: BulkActionType | null;
  /** "3 people", "every person matching the filter". */
  targetText: string;
  running: boolean;
  onClose: () => void;
  onApply: (action: BulkAction) => void;
}

/** Asks for what a bulk action needs (an owner, tags, a stage) and confirms it. */
export function BulkActionModal({ type, targetText, running, onClose, onApply }: BulkActionModalProps) {
  const members = useUserDirectory(type === 'setOwner');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [stage, setStage] = useState<string | null>(null);

  const action = ((): BulkAction | null => {
    switch (type) {
      case 'setOwner':
        return ownerId ? { type, ownerId } : null;
      case 'addTags':
      case 'removeTags':
        return tags.length > 0 ? { type, tags } : null;
      case 'setStage':
        return stage ? { type, stage: stage as (typeof LIFECYCLE_STAGES)[number] } : null;
      case 'delete':
        return { type };
      default:
        return null;
    }
  })();

  return (
    <Modal opened={type !== null} onClose={onClose} title={type ? BULK_ACTION_LABELS[type] : ''} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (action) onApply(action);
        }}
      >
        <Stack>
          <Text size="sm">
            {type === 'delete'
              ? `Delete ${targetText}? They disappear from lists; their history stays in the audit trail.`
              : `Applies to ${targetText}. Records your role may not change are left alone and counted.`}
          </Text>
          {type === 'setOwner' && (
            <Select
              label="New owner"
              data={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
              value={ownerId}
              onChange={setOwnerId}
              searchable
              data-autofocus
            />
          )}
          {(type === 'addTags' || type === 'removeTags') && (
            <TagsInput
              label="Tags"
              description="Type a tag, then Enter"
              value={tags}
              onChange={setTags}
              data-autofocus
            />
          )}
          {type === 'setStage' && (
            <Select
              label="Lifecycle stage"
              data={LIFECYCLE_STAGES.map((value) => ({ value, label: humanize(value) }))}
              value={stage}
              onChange={setStage}
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={type === 'delete' ? 'red' : undefined}
              disabled={!action}
              loading={running}
            >
              {type ? BULK_ACTION_LABELS[type] : 'Apply'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
