import { Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconFileImport,
  IconHistory,
  IconKey,
  IconMail,
  IconUser,
  IconUserPlus,
  IconUsersGroup,
} from '@tabler/icons-react';
import { RoleBadge } from '../../access/components/RoleBadge';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { mayImport } from '../../imports/may-import';
import { RecentlyViewed } from '../../search/components/RecentlyViewed';
import { MyTasks } from '../../tasks/components/MyTasks';
import { NextStepCard } from '../components/NextStepCard';

/** Widths of Home's first row: the open tasks and the records opened last share it from 66em. */
const FIRST_ROW_WIDTHS = { xs: '30em', sm: '40em', md: '52em', lg: '66em', xl: '80em' };

export function HomePage() {
  const me = useSession();
  const tasks = can(me, 'tasks');
  useDocumentTitle(`Home · ${me.workspace.name} · Rapport`);
  const firstName = me.user.name.split(/\s+/)[0] || me.user.name;

  return (
    <Stack gap="xl" maw={1400}>
      <Stack gap="xs">
        <Title order={1}>Welcome, {firstName}</Title>
        <Group gap={6}>
          <Text c="dimmed">
            You are in <strong>{me.workspace.name}</strong> as
          </Text>
          <RoleBadge role={me.role} />
        </Group>
      </Stack>

      {/* Side by side once each has room for a task's title on one line: a wide screen's right half
          would otherwise stay empty beside the tasks, with the records opened last under them. */}
      <Grid gap="xl" type="container" breakpoints={FIRST_ROW_WIDTHS}>
        {tasks && (
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <MyTasks />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: tasks ? 5 : 12 }}>
          <RecentlyViewed />
        </Grid.Col>
      </Grid>

      <section aria-labelledby="next-steps">
        <Title order={2} size="h4" id="next-steps" mb="md">
          What you can do next
        </Title>
        {/* In the order a new workspace needs them: its customers, the colleagues who work them (their
            invitations wait in the outbox until mail is set up), then how it is organised and wired. */}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {mayImport(me) && (
            <NextStepCard
              icon={IconFileImport}
              title="Import your contacts"
              description="Bring people and companies from another CRM or a spreadsheet, as CSV or vCard."
              to="/imports"
            />
          )}
          {can(me, 'users', 'create') && (
            <NextStepCard
              icon={IconUserPlus}
              title="Invite colleagues"
              description="Add people with a role that fits their work; they get an e-mail to join."
              to="/settings/users"
            />
          )}
          {can(me, 'settings') && (
            <NextStepCard
              icon={IconMail}
              title="Check the outbox"
              description="Invitations and resets wait here until a mail server is set up."
              to="/settings/outbox"
            />
          )}
          {can(me, 'teams', 'create') && (
            <NextStepCard
              icon={IconUsersGroup}
              title="Organise teams"
              description="Teams decide which records “team” visibility reaches."
              to="/settings/teams"
            />
          )}
          <NextStepCard
            icon={IconKey}
            title="Create an API token"
            description="Connect scripts and other programs to Rapport’s API, acting as you."
            to="/settings/api-tokens"
          />
          {can(me, 'auditLog') && (
            <NextStepCard
              icon={IconHistory}
              title="Review the audit log"
              description="Every change in the workspace: who, when, and each field before and after."
              to="/settings/audit-log"
            />
          )}
          <NextStepCard
            icon={IconUser}
            title="Your profile"
            description="Change your name or password, or sign out on every device."
            to="/settings/profile"
          />
        </SimpleGrid>
      </section>
    </Stack>
  );
}
