import { Button, EmptyState, Loader, Paper, Stack } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useRoutes } from 'react-router';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { useTeams } from '../../teams/hooks/useTeams';
import { AddUserModal } from '../components/AddUserModal';
import { UserDrawer } from '../components/UserDrawer';
import { UserFilterBar, type UserFilterValues } from '../components/UserFilterBar';
import { UsersTable } from '../components/UsersTable';
import { useUsers } from '../hooks/useUsers';

export function UsersSettingsPage() {
  const me = useSession();
  const [filters, setFilters] = useState<UserFilterValues>({ search: '', role: null, status: null });
  const [q] = useDebouncedValue(filters.search, 250);
  const users = useUsers({ q, role: filters.role, status: filters.status });
  const teams = useTeams();
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const drawer = useRoutes([{ path: ':userId', element: <UserDrawer /> }]);
  const rows = users.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Stack>
      <SectionHeader
        title="Users"
        description="Everyone who can sign in to this workspace, and the role that decides what they may do."
        actions={
          can(me, 'users', 'create') && (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={openAdd}>
              Add user
            </Button>
          )
        }
      />
      <UserFilterBar value={filters} onChange={setFilters} />
      {users.error && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      {users.isPending && <Loader aria-label="Loading members" />}
      {users.isSuccess && rows.length === 0 && (
        <EmptyState
          icon={<IconUsers size={28} aria-hidden />}
          title="No members match"
          description="Try another name, role or status."
        />
      )}
      {rows.length > 0 && (
        <Paper withBorder radius="md">
          <UsersTable users={rows} teams={teams.data ?? []} />
        </Paper>
      )}
      <LoadMoreButton
        hasMore={users.hasNextPage}
        loading={users.isFetchingNextPage}
        onLoadMore={() => void users.fetchNextPage()}
      />
      <AddUserModal opened={adding} onClose={closeAdd} />
      {drawer}
    </Stack>
  );
}
