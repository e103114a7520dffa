import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { countLabel } from '../count-label';
import type { ApiFilter } from '../filter-model';
import { useBulkAction } from '../hooks/useBulkAction';
import { useCustomFieldDefinitions } from '../hooks/useCustomFieldDefinitions';
import { useRecordCount } from '../hooks/useRecordCount';
import type { RecordSelection } from '../hooks/useRecordSelection';
import type { BulkActionType } from '../record-list-config';
import type { BulkAction, BulkBody, BulkResult, RecordObject } from '../record-types';
import { BULK_ACTION_LABELS, BulkActionModal } from './BulkActionModal';
import { BulkJobProgress } from './BulkJobProgress';

/** The API takes at most this many ids; beyond, "select all matching" sends the filter instead. */
const MAX_IDS = 1000;

interface BulkActionBarProps {
  object: RecordObject;
  noun: { one: string; many: string };
  actions: readonly BulkActionType[];
  selection: RecordSelection;
  filter: ApiFilter | null;
  loadedCount: number;
  allLoadedSelected: boolean;
}

/** What is selected, "select all matching", and the actions that apply to it. */
export function BulkActionBar(props: BulkActionBarProps) {
  const { object, noun, actions, selection, filter, loadedCount, allLoadedSelected } = props;
  const bulk = useBulkAction(object);
  const customFields = useCustomFieldDefinitions(object).data ?? [];
  // The same query as the list's own count: how many "all matching" is, said before applying.
  const matching = useRecordCount(object, filter, selection.allMatching).data;
  const [asking, setAsking] = useState<BulkActionType | null>(null);
  const [job, setJob] = useState<{ id: string; matched: number } | null>(null);
  const count = selection.ids.size;
  const targetText = selection.allMatching
    ? matching
      ? `all ${countLabel(matching, noun)} matching the filter`
      : `every ${noun.one} matching the filter`
    : `${count} ${count === 1 ? noun.one : noun.many}`;
  // Every person and company may hold custom values: offered wherever the workspace defines some.
  const offered = withSetField(actions, customFields.length > 0);

  const apply = (action: BulkAction) => {
    if (!selection.allMatching && count > MAX_IDS) {
      notifyError(new Error(`Select at most ${MAX_IDS} by hand, or select all matching the filter.`));
      return;
    }
    const target: Omit<BulkBody, 'action'> = selection.allMatching
      ? filter
        ? { filter: filter as Record<string, unknown> }
        : { all: true }
      : { ids: [...selection.ids] };
    bulk.mutate({ ...target, action } as BulkBody, {
      onSuccess: (result: BulkResult) => {
        setAsking(null);
        selection.clear();
        if (result.jobId) setJob({ id: result.jobId, matched: result.matched });
        else notifySuccess(summary(action, result, noun));
      },
    });
  };

  if (job) {
    return (
      <BulkJobProgress
        object={object}
        jobId={job.id}
        matched={job.matched}
        noun={noun.many}
        onFinished={() => setJob(null)}
      />
    );
  }
  if (count === 0 && !selection.allMatching) return null;

  return (
    <Paper withBorder p="xs" radius="md" bg="var(--mantine-primary-color-light)">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600} role="status">
            {selection.allMatching
              ? `All ${noun.many} matching the filter are selected`
              : `${count} ${count === 1 ? noun.one : noun.many} selected`}
          </Text>
          {!selection.allMatching && allLoadedSelected && (
            <Anchor component="button" type="button" size="sm" onClick={selection.selectAllMatching}>
              Select all matching the filter
            </Anchor>
          )}
          {selection.allMatching && loadedCount > 0 && (
            <Anchor component="button" type="button" size="sm" onClick={selection.clear}>
              Clear selection
            </Anchor>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          {offered.map((type) => (
            <Button
              key={type}
              size="xs"
              variant={type === 'delete' ? 'light' : 'default'}
              color={type === 'delete' ? 'red' : undefined}
              onClick={() => {
                bulk.reset();
                setAsking(type);
              }}
            >
              {BULK_ACTION_LABELS[type]}
            </Button>
          ))}
        </Group>
      </Group>
      <BulkActionModal
        // Keyed by the action, so each opening starts empty.
        key={asking ?? 'closed'}
        type={asking}
        targetText={targetText}
        running={bulk.isPending}
        error={bulk.error}
        customFields={customFields}
        onClose={() => setAsking(null)}
        onApply={apply}
      />
    </Paper>
  );
}

/** "Set field" beside the other changes, before Delete. */
function withSetField(actions: readonly BulkActionType[], offered: boolean): readonly BulkActionType[] {
  if (!offered || actions.includes('setCustomField')) return actions;
  const changes = actions.filter((a) => a !== 'delete');
  return [...changes, 'setCustomField', ...actions.filter((a) => a === 'delete')];
}

function summary(action: BulkAction, result: BulkResult, noun: { one: string; many: string }): string {
  const changed = result.changed ?? 0;
  const what = action.type === 'delete' ? 'deleted' : 'changed';
  const denied = result.denied > 0 ? ` ${result.denied} your role may not change were left alone.` : '';
  return `${changed} ${changed === 1 ? noun.one : noun.many} ${what}.${denied}`;
}
