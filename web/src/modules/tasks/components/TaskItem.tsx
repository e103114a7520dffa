import { Checkbox, Text } from '@mantine/core';
import { formatDate } from '../../../ui/format';
import { useSetTaskStatus } from '../hooks/useSetTaskStatus';
import { isOverdue, type Task, taskTypeLabel } from '../task-types';

interface TaskItemProps {
  task: Task;
  assigneeName: string | undefined;
  canComplete: boolean;
}

/** One task: ticking it completes it, unticking reopens it. */
export function TaskItem({ task, assigneeName, canComplete }: TaskItemProps) {
  const setStatus = useSetTaskStatus();
  // While the change is on its way, the box shows what was asked rather than springing back.
  const done = setStatus.isPending ? setStatus.variables.status === 'done' : task.status === 'done';
  const overdue = isOverdue(task);
  const assignee = task.assigneeId ? (assigneeName ?? 'A member') : 'Unassigned';
  return (
    <Checkbox
      checked={done}
      disabled={!canComplete || setStatus.isPending}
      onChange={(event) => setStatus.mutate({ task, status: event.currentTarget.checked ? 'done' : 'open' })}
      label={task.title}
      styles={{ label: done ? { textDecoration: 'line-through', color: 'var(--mantine-color-dimmed)' } : {} }}
      description={
        <>
          {taskTypeLabel(task.type)}
          {task.dueAt && (
            <>
              {' · '}
              <Text span size="xs" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                {overdue ? 'Overdue: ' : 'Due '}
                <time dateTime={task.dueAt}>{formatDate(task.dueAt)}</time>
              </Text>
            </>
          )}
          {` · ${assignee}`}
        </>
      }
    />
  );
}
