import { AppShell, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useIsPhone } from '../../../ui/useIsPhone';
import { RoleBadge } from '../../access/components/RoleBadge';
import { useSession } from '../../account/hooks/useSession';
import { isActiveEntry, type NavEntry, visibleNavigation } from '../navigation';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

interface MainNavigationProps {
  entries: readonly NavEntry[];
  onNewWorkspace: () => void;
}

export function MainNavigation({ entries, onNewWorkspace }: MainNavigationProps) {
  const me = useSession();
  const { pathname } = useLocation();
  const isPhone = useIsPhone();

  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="sm">
        <Stack gap={2}>
          {visibleNavigation(entries, me).map((entry) => {
            const active = isActiveEntry(entry, pathname);
            return (
              <NavLink
                key={entry.to}
                component={Link}
                to={entry.to}
                label={entry.label}
                leftSection={<entry.icon size={18} stroke={1.7} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            );
          })}
        </Stack>
      </AppShell.Section>
      <AppShell.Section p="md" style={{ borderTop: '1px solid var(--app-shell-border-color)' }}>
        <Text size="xs" c="dimmed">
          Signed in to
        </Text>
        {/* A phone's header has no room for the workspace's name: it is switched from here. */}
        {isPhone ? (
          <WorkspaceSwitcher placement="navigation" onNewWorkspace={onNewWorkspace} />
        ) : (
          <Text size="sm" fw={600} truncate>
            {me.workspace.name}
          </Text>
        )}
        <RoleBadge role={me.role} />
      </AppShell.Section>
    </>
  );
}
