import { Group, Loader, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import type { Role } from '../../../api/types';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { useSession } from '../../account/hooks/useSession';
import { PermissionTable } from '../components/PermissionTable';
import { ScopeBadge } from '../components/ScopeBadge';
import { useRoles } from '../hooks/useRoles';
import { ROLE_LABELS, ROLE_SUMMARIES } from '../roles';

export function RolesSettingsPage() {
  const me = useSession();
  const roles = useRoles();
  const [shown, setShown] = useState<Role>(me.role);

  return (
    <Stack>
      <SectionHeader
        title="Roles"
        description="Each member has one role per workspace. It decides what they may read and change."
      />
      <Group gap="md" wrap="wrap">
        <Text size="sm" c="dimmed">
          Reach:
        </Text>
        <Group gap={6}>
          <ScopeBadge scope="all" /> <Text size="sm">every record</Text>
        </Group>
        <Group gap={6}>
          <ScopeBadge scope="team" /> <Text size="sm">records of their teams</Text>
        </Group>
        <Group gap={6}>
          <ScopeBadge scope="own" /> <Text size="sm">records they own</Text>
        </Group>
        <Group gap={6}>
          <ScopeBadge scope="none" /> <Text size="sm">nothing</Text>
        </Group>
      </Group>
      {roles.error && <QueryError error={roles.error} onRetry={() => void roles.refetch()} />}
      {roles.isPending && <Loader aria-label="Loading roles" />}
      {roles.data && (
        // Its own text colour: without it, the settings' tabs around it pass theirs down (black, for
        // their pale pills), which is unreadable on this one's filled pill.
        <Tabs
          variant="pills"
          autoContrast
          value={shown}
          onChange={(value) => value && setShown(value as Role)}
        >
          <Tabs.List aria-label="Roles">
            {roles.data.map(({ role }) => (
              <Tabs.Tab key={role} value={role}>
                {ROLE_LABELS[role]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {roles.data.map(({ role, permissions }) => (
            <Tabs.Panel key={role} value={role} pt="md">
              <Paper withBorder radius="md" p="md">
                <Text size="sm" mb="sm">
                  {ROLE_SUMMARIES[role]}
                  {role === me.role && ' This is your role.'}
                </Text>
                <PermissionTable roleLabel={ROLE_LABELS[role]} permissions={permissions} />
              </Paper>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
