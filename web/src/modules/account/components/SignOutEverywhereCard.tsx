import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useSignOutEverywhere } from '../hooks/useSignOutEverywhere';

export function SignOutEverywhereCard() {
  const signOutEverywhere = useSignOutEverywhere();
  const [confirming, { open, close }] = useDisclosure(false);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profile-sessions">
      <Group justify="space-between" wrap="wrap" gap="md">
        <div style={{ flex: '1 1 18rem' }}>
          <Title order={3} size="h5" id="profile-sessions">
            Sessions
          </Title>
          <Text size="sm" c="dimmed">
            Lost a device, or signed in on a shared computer? End every session of your account, this one
            included. API tokens keep working; revoke them under API tokens.
          </Text>
        </div>
        <Button variant="light" color="red" leftSection={<IconLogout size={16} aria-hidden />} onClick={open}>
          Sign out everywhere
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        loading={signOutEverywhere.isPending}
        onConfirm={() => signOutEverywhere.mutate()}
        onClose={close}
      >
        Every browser signed in to your account will have to sign in again, this one too.
      </ConfirmModal>
    </Paper>
  );
}
