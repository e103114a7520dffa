import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useSession } from '../../account/hooks/useSession';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { GlobalSearch } from '../../search/components/GlobalSearch';
import { NewWorkspaceModal } from '../../workspaces/components/NewWorkspaceModal';
import { useLiveChanges } from '../live-changes';
import type { NavEntry } from '../navigation';
import { BrandMark } from './BrandMark';
import { MainNavigation } from './MainNavigation';
import { SkipToContent } from './SkipToContent';
import { UserMenu } from './UserMenu';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

const NAVBAR_ID = 'main-navigation';

export function AppLayout({ navigation }: { navigation: readonly NavEntry[] }) {
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  const [creatingWorkspace, newWorkspace] = useDisclosure(false);
  const isPhone = useIsPhone();
  const { pathname } = useLocation();

  const workspaceId = useSession().workspace.id;
  useLiveChanges();

  // Following a link or switching workspace on a phone closes the navigation it was chosen from (a
  // switch from Home stays on Home: the page alone would leave it open).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page or workspace
  useEffect(() => close(), [pathname, workspaceId, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipToContent targetId="main-content" />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={navbarOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navbarOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navbarOpened}
              aria-controls={NAVBAR_ID}
            />
            <Anchor
              component={Link}
              to="/"
              underline="never"
              c="inherit"
              aria-label="Rapport home"
              visibleFrom="xs"
            >
              <BrandMark />
            </Anchor>
            {isPhone ? null : <WorkspaceSwitcher onNewWorkspace={newWorkspace.open} />}
          </Group>
          <GlobalSearch />
          <Group gap={4} wrap="nowrap">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id={NAVBAR_ID} aria-label="Main" inert={isPhone && !navbarOpened}>
        <MainNavigation entries={navigation} onNewWorkspace={newWorkspace.open} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0" style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
      <NewWorkspaceModal opened={creatingWorkspace} onClose={newWorkspace.close} />
    </AppShell>
  );
}
