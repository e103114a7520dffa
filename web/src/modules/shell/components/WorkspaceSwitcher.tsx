import { Button, Menu, Text } from '@mantine/core';
import { IconPlus, IconSelector } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../account/hooks/useSession';
import { useSwitchWorkspace } from '../../account/hooks/useSwitchWorkspace';

interface WorkspaceSwitcherProps {
  /**
   * In the header (a name that truncates beside the search box) or in the phone's navigation, where
   * the header leaves it a few letters and the drawer gives it a whole line.
   */
  placement?: 'header' | 'navigation';
  /**
   * Opens the New workspace dialog, which the layout holds: the switcher moves between header and
   * navigation when a tablet turns across the phone's width, and a dialog of its own would close
   * with it, losing the name typed so far.
   */
  onNewWorkspace: () => void;
}

export function WorkspaceSwitcher({ placement = 'header', onNewWorkspace }: WorkspaceSwitcherProps) {
  const inNavigation = placement === 'navigation';
  const me = useSession();
  const switchWorkspace = useSwitchWorkspace();
  const navigate = useNavigate();

  const switchTo = (workspaceId: string) => {
    if (workspaceId === me.workspace.id) return;
    switchWorkspace.mutate(workspaceId, {
      onSuccess: (next) => {
        navigate('/');
        notifySuccess(`You are now in ${next.workspace.name}.`);
      },
    });
  };

  return (
    <Menu
      position={inNavigation ? 'top-start' : 'bottom-start'}
      width={inNavigation ? 'target' : 280}
      shadow="md"
    >
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          rightSection={<IconSelector size={16} aria-hidden />}
          loading={switchWorkspace.isPending}
          aria-label={`Workspace: ${me.workspace.name}. Switch workspace`}
          maw={inNavigation ? undefined : { base: 200, md: 280 }}
          fullWidth={inNavigation}
          justify={inNavigation ? 'space-between' : undefined}
          px="xs"
        >
          <Text fw={600} size="sm" truncate>
            {me.workspace.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Your workspaces</Menu.Label>
        <Menu.RadioGroup value={me.workspace.id} onChange={switchTo}>
          {me.workspaces.map((workspace) => (
            <Menu.RadioItem
              key={workspace.id}
              value={workspace.id}
              rightSection={
                <Text size="xs" c="dimmed">
                  {workspace.role}
                </Text>
              }
            >
              {workspace.name}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
        <Menu.Divider />
        <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={onNewWorkspace}>
          New workspace…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
