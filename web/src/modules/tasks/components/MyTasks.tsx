import { Anchor, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryError } from '../../../ui/QueryError';
import { useSession } from '../../account/hooks/useSession';
import { useMyTasks } from '../hooks/useMyTasks';
import { mayUpdateTask, type Task } from '../task-types';
import { TaskItem } from './TaskItem';

const SHOWN = 10;

/** Where the task leads: the person it is about, else the company. */
function AboutLink({ task }: { task: Task }) {
  const target = task.person
    ? { to: `/people/${task.person.id}`, name: task.person.name }
    : task.company
      ? { to: `/companies/${task.company.id}`, name: task.company.name }
      : null;
  if (!target) return null;
  return (
    <Anchor component={Link} to={target.to} size="xs" ml={30}>
      {target.name}
    </Anchor>
  );
}

/** Home's list of the signed-in member's open tasks, overdue and soonest due first. */
export function MyTasks() {
  const me = useSession();
  const tasks = useMyTasks(SHOWN);
  return (
    <section aria-labelledby="my-tasks">
      <Title order={2} size="h4" id="my-tasks" mb="md">
        Your open tasks
      </Title>
      <Card withBorder padding="md">
        {tasks.error && <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />}
        {tasks.isPending && <Loader size="sm" aria-label="Loading your tasks" />}
        {tasks.isSuccess && tasks.data.data.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing to do: no open task is assigned to you.
          </Text>
        )}
        <Stack
          gap="sm"
          component="ul"
          aria-label="Your open tasks"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {tasks.data?.data.map((task) => (
            <li key={task.id}>
              <TaskItem task={task} assigneeName="You" canComplete={mayUpdateTask(me, task)} />
              <AboutLink task={task} />
            </li>
          ))}
        </Stack>
        {tasks.data?.nextCursor && (
          <Text size="xs" c="dimmed" mt="sm">
            The {SHOWN} due soonest are shown; each customer's page lists all of theirs.
          </Text>
        )}
      </Card>
    </section>
  );
}
