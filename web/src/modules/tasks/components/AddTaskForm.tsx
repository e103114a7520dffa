import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { User } from '../../../api/types';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { useCreateTask } from '../hooks/useCreateTask';
import { endOfDay, TASK_TYPES, type TaskSubject, type TaskType, taskTypeLabel } from '../task-types';

const TYPE_OPTIONS = TASK_TYPES.map((value) => ({ value, label: taskTypeLabel(value) }));
const FIELDS_OF_PATHS = { '/dueAt': 'dueDate', '/assigneeId': 'assigneeId' } as const;

interface AddTaskFormProps {
  subject: TaskSubject;
  members: readonly User[];
  meId: string;
  onDone: () => void;
}

/** A task about this record: what, what kind, by when and for whom (you, unless you choose). */
export function AddTaskForm({ subject, members, meId, onDone }: AddTaskFormProps) {
  const create = useCreateTask();
  const form = useApiForm({ title: '', type: 'todo' as TaskType, dueDate: '', assigneeId: meId });
  const assignees = members
    .filter((m) => m.status === 'active' || m.id === meId)
    .map((m) => ({ value: m.id, label: m.id === meId ? `${m.name} (me)` : m.name }));

  return (
    <form
      aria-label="Add a task"
      onSubmit={(event) => {
        event.preventDefault();
        const { title, type, dueDate, assigneeId } = form.values;
        create.mutate(
          {
            ...subject,
            title,
            type,
            dueAt: dueDate ? endOfDay(dueDate) : null,
            assigneeId: assigneeId || null,
          },
          {
            onSuccess: () => {
              form.reset();
              notifySuccess('Task added.');
              onDone();
            },
            onError: (error) => {
              form.showApiError(error, FIELDS_OF_PATHS);
              notifyError(error);
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <TextInput label="Title" required maxLength={300} {...form.textInput('title')} />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <Select
            label="Type"
            data={TYPE_OPTIONS}
            value={form.values.type}
            onChange={(value) => value && form.setValue('type', value as TaskType)}
            allowDeselect={false}
          />
          <TextInput label="Due date" type="date" {...form.textInput('dueDate')} />
          <Select
            label="Assignee"
            data={assignees}
            value={form.values.assigneeId || null}
            onChange={(value) => form.setValue('assigneeId', value ?? '')}
            placeholder="Unassigned"
            error={form.errors.assigneeId}
            clearable
            searchable
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" size="xs" loading={create.isPending} disabled={!form.values.title.trim()}>
            Save task
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
