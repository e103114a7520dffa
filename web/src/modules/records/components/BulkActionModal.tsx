import { Button, Group, Modal, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { humanize } from '../../../ui/format';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import type { BulkActionType } from '../record-list-config';
import { type BulkAction, type CustomField, LIFECYCLE_STAGES } from '../record-types';
import { BulkSetFieldInputs, type FieldChoice, fieldValueOf } from './BulkSetFieldInputs';

export const BULK_ACTION_LABELS: Record<BulkActionType, string> = {
  setOwner: 'Change owner',
  addTags: 'Add tag',
  removeTags: 'Remove tag',
  setStage: 'Set stage',
  setCustomField: 'Set field',
  delete: 'Delete',
};

interface BulkActionModalProps {
  type: BulkActionType | null;
  /** "3 people", "every person matching the filter". */
  targetText: string;
  running: boolean;
  /** The last failure of the action, for a field's message under its input. */
  error: unknown;
  /** The object's active custom fields, for "Set field". */
  customFields: readonly CustomField[];
  onClose: () => void;
  onApply: (action: BulkAction) => void;
}

/** Asks for what a bulk action needs (an owner, tags, a stage, a field's value) and confirms it. */
export function BulkActionModal(props: BulkActionModalProps) {
  const { type, targetText, running, error, customFields, onClose, onApply } = props;
  const members = useUserDirectory(type === 'setOwner');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [stage, setStage] = useState<string | null>(null);
  const [field, setField] = useState<FieldChoice>({ key: null, value: null, clear: false });
  const fieldLabel = customFields.find((d) => d.key === field.key)?.label;
  const fieldValue = fieldValueOf(field);

  const action = ((): BulkAction | null => {
    switch (type) {
      case 'setOwner':
        return ownerId ? { type, ownerId } : null;
      case 'addTags':
      case 'removeTags':
        return tags.length > 0 ? { type, tags } : null;
      case 'setStage':
        return stage ? { type, stage: stage as (typeof LIFECYCLE_STAGES)[number] } : null;
      case 'setCustomField':
        return field.key && fieldValue !== undefined ? { type, key: field.key, value: fieldValue } : null;
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
              ? `Delete ${targetText}? They disappear from lists and look-ups; Settings → Deleted records brings them back.`
              : `${appliesTo(type, fieldLabel, field.clear)} ${targetText}. Records your role may not change are left alone and counted.`}
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
          {type === 'setCustomField' && (
            <BulkSetFieldInputs
              definitions={customFields}
              choice={field}
              onChange={setField}
              valueError={
                isApiError(error)
                  ? (error.fieldError('/action/value') ?? error.fieldError('/action/key'))
                  : undefined
              }
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

/** "Applies to", or for a field what it does: "Sets Tier on", "Clears Tier on". */
function appliesTo(type: BulkActionType | null, fieldLabel: string | undefined, clear: boolean): string {
  if (type !== 'setCustomField' || !fieldLabel) return 'Applies to';
  return clear ? `Clears ${fieldLabel} on` : `Sets ${fieldLabel} on`;
}
