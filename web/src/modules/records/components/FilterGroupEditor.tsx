import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { emptyCondition, emptyGroup, type FilterNode, type GroupNode } from '../filter-model';
import type { RecordField } from '../record-fields';
import { FilterConditionRow } from './FilterConditionRow';

/** Groups nest this deep at most, well inside the server's limit of 6. */
const MAX_DEPTH = 3;

interface FilterGroupEditorProps {
  /** "" for the outermost group, "2" for the second item of it, and so on. */
  path: string;
  depth: number;
  group: GroupNode;
  fields: readonly RecordField[];
  onChange: (next: GroupNode) => void;
  onRemove?: () => void;
}

/** A group of conditions (and nested groups) that must all hold, or any one of them. */
export function FilterGroupEditor({
  path,
  depth,
  group,
  fields,
  onChange,
  onRemove,
}: FilterGroupEditorProps) {
  const name = path ? `Group ${path}` : 'All conditions';
  const setChild = (index: number, next: FilterNode | null) =>
    onChange({
      ...group,
      children: group.children.flatMap((child, i) => (i === index ? (next ? [next] : []) : [child])),
    });

  return (
    <Paper withBorder={depth > 0} p={depth > 0 ? 'sm' : 0} radius="md" role="group" aria-label={name}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text size="sm">Match</Text>
            <SegmentedControl
              size="xs"
              aria-label={`${name}: match`}
              data={[
                { value: 'and', label: 'all' },
                { value: 'or', label: 'any' },
              ]}
              value={group.match}
              onChange={(match) => onChange({ ...group, match: match as GroupNode['match'] })}
            />
            <Text size="sm">of these</Text>
          </Group>
          {onRemove && (
            <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={`Remove group ${path}`}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        {group.children.map((child, index) => {
          const childPath = path ? `${path}.${index + 1}` : String(index + 1);
          return child.kind === 'condition' ? (
            <FilterConditionRow
              key={child.id}
              path={childPath}
              condition={child}
              fields={fields}
              onChange={(next) => setChild(index, next)}
              onRemove={() => setChild(index, null)}
            />
          ) : (
            <FilterGroupEditor
              key={child.id}
              path={childPath}
              depth={depth + 1}
              group={child}
              fields={fields}
              onChange={(next) => setChild(index, next)}
              onRemove={() => setChild(index, null)}
            />
          );
        })}
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange({ ...group, children: [...group.children, emptyCondition()] })}
            aria-label={path ? `Add condition to group ${path}` : 'Add condition'}
          >
            Condition
          </Button>
          {depth + 1 < MAX_DEPTH && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                onChange({
                  ...group,
                  children: [
                    ...group.children,
                    { ...emptyGroup(group.match === 'and' ? 'or' : 'and'), children: [emptyCondition()] },
                  ],
                })
              }
              aria-label={path ? `Add group to group ${path}` : 'Add group'}
            >
              Group
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
