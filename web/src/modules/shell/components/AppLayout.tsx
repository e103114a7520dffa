import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { GlobalSearch } from '../../search/components/GlobalSearch';
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
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const { pathname } = useLocation();
  useLiveChanges();

  // Following a link on a phone closes the navigation it was chosen from.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page
  useEffect(() => close(), [pathname, close]);

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
            <WorkspaceSwitcher />
          </Group>
          <GlobalSearch />
          <Group gap={4} wrap="nowrap">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id={NAVBAR_ID} aria-label="Main" inert={isPhone && !navbarOpened}>
        <MainNavigation entries={navigation} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0" style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
