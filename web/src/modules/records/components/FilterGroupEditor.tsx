import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  depthOf,
  emptyCondition,
  emptyGroup,
  type FilterNode,
  type GroupNode,
  levelsOf,
  MAX_FILTER_DEPTH,
} from '../filter-model';
import type { RecordField } from '../record-fields';
import { FilterConditionRow } from './FilterConditionRow';
import { FilterReadOnlyRow } from './FilterReadOnlyRow';

/** Groups nest this deep at most, well inside the server's limit of 6. */
const MAX_DEPTH = 3;

interface FilterGroupEditorProps {
  /** "" for the outermost group, "2" for the second item of it, and so on. */
  path: string;
  depth: number;
  /** Levels of the API filter above this group (a negated group takes two), to stay within its limit. */
  level: number;
  group: GroupNode;
  fields: readonly RecordField[];
  onChange: (next: GroupNode) => void;
  onRemove?: () => void;
}

/** A group of conditions (and nested groups) that must all hold, or any one of them; or that exclude. */
export function FilterGroupEditor({
  path,
  depth,
  level,
  group,
  fields,
  onChange,
  onRemove,
}: FilterGroupEditorProps) {
  const name = path ? `Group ${path}` : 'All conditions';
  const fits = (next: GroupNode) => level + depthOf(next) <= MAX_FILTER_DEPTH;
  const setChild = (index: number, next: FilterNode | null) =>
    onChange({
      ...group,
      children: group.children.flatMap((child, i) => (i === index ? (next ? [next] : []) : [child])),
    });
  const withCondition: GroupNode = { ...group, children: [...group.children, emptyCondition()] };
  const withGroup: GroupNode = {
    ...group,
    children: [
      ...group.children,
      { ...emptyGroup(group.match === 'and' ? 'or' : 'and'), children: [emptyCondition()] },
    ],
  };
  const negated: GroupNode = { ...group, negate: !group.negate };

  return (
    <Paper
      withBorder={depth > 0}
      p={depth > 0 ? 'sm' : 0}
      radius="md"
      role="group"
      aria-label={name}
      style={group.negate && depth > 0 ? { borderLeft: '3px solid var(--mantine-color-red-5)' } : undefined}
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Text size="sm">{group.negate ? 'Leave out those matching' : 'Match'}</Text>
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
          <Group gap="xs" wrap="nowrap">
            <Switch
              size="xs"
              label="Exclude matches"
              aria-label={`${name}: exclude matches`}
              checked={group.negate}
              disabled={!group.negate && !fits(negated)}
              onChange={() => onChange(negated)}
            />
            {onRemove && (
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={onRemove}
                aria-label={`Remove group ${path}`}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        </Group>
        {group.children.map((child, index) => {
          const childPath = path ? `${path}.${index + 1}` : String(index + 1);
          const remove = () => setChild(index, null);
          if (child.kind === 'fixed') {
            return (
              <FilterReadOnlyRow
                key={child.id}
                path={childPath}
                filter={child.filter}
                fields={fields}
                onRemove={remove}
              />
            );
          }
          return child.kind === 'condition' ? (
            <FilterConditionRow
              key={child.id}
              path={childPath}
              condition={child}
              fields={fields}
              onChange={(next) => setChild(index, next)}
              onRemove={remove}
            />
          ) : (
            <FilterGroupEditor
              key={child.id}
              path={childPath}
              depth={depth + 1}
              level={level + levelsOf(group)}
              group={child}
              fields={fields}
              onChange={(next) => setChild(index, next)}
              onRemove={remove}
            />
          );
        })}
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange(withCondition)}
            disabled={!fits(withCondition)}
            aria-label={path ? `Add condition to group ${path}` : 'Add condition'}
          >
            Condition
          </Button>
          {depth + 1 < MAX_DEPTH && fits(withGroup) && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => onChange(withGroup)}
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
