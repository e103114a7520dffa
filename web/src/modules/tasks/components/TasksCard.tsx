import { Button, Loader, Stack, Switch, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { InfoCard } from '../../records/components/InfoCard';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { useTasks } from '../hooks/useTasks';
import { mayUpdateTask, type TaskSubject } from '../task-types';
import { AddTaskForm } from './AddTaskForm';
import { TaskItem } from './TaskItem';

/** A person's or a company's tasks: the open ones soonest due first, done ones on demand. */
export function TasksCard({ subject }: { subject: TaskSubject }) {
  const me = useSession();
  const [withDone, setWithDone] = useState(false);
  const [adding, { open: startAdding, close: stopAdding }] = useDisclosure(false);
  const tasks = useTasks(subject, withDone);
  const members = useUserDirectory();
  const rows = tasks.data?.pages.flatMap((page) => page.data) ?? [];
  const nameOf = (id: string | null) => members.data?.find((m) => m.id === id)?.name;

  return (
    <InfoCard
      title="Tasks"
      action={
        <Switch
          size="xs"
          label="Show done"
          checked={withDone}
          onChange={(event) => setWithDone(event.currentTarget.checked)}
        />
      }
    >
      {can(me, 'tasks', 'create') &&
        (adding ? (
          <AddTaskForm subject={subject} members={members.data ?? []} meId={me.user.id} onDone={stopAdding} />
        ) : (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={startAdding}
            style={{ alignSelf: 'flex-start' }}
          >
            Add task
          </Button>
        ))}
      {tasks.error && <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.isPending && <Loader size="sm" aria-label="Loading the tasks" />}
      {tasks.isSuccess && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {withDone ? 'No task yet.' : 'No open task.'}
        </Text>
      )}
      <Stack gap="sm" component="ul" aria-label="Tasks" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((task) => (
          <li key={task.id}>
            <TaskItem
              task={task}
              assigneeName={nameOf(task.assigneeId)}
              canComplete={mayUpdateTask(me, task)}
            />
          </li>
        ))}
      </Stack>
      <LoadMoreButton
        hasMore={tasks.hasNextPage}
        loading={tasks.isFetchingNextPage}
        onLoadMore={() => void tasks.fetchNextPage()}
      />
    </InfoCard>
  );
}
