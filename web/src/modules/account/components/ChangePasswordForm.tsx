import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { useChangePassword } from '../hooks/useChangePassword';

const EMPTY = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm() {
  const changePassword = useChangePassword();
  const form = useApiForm(EMPTY);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profile-password">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          changePassword.mutate(form.values, {
            onSuccess: () => {
              form.reset();
              notifySuccess('Password changed. Your other sessions have ended.');
            },
            // The server reports a weak new password at /password (see the report on POST /me/password).
            onError: (error) => form.showApiError(error, { '/password': 'newPassword' }),
          });
        }}
      >
        <Stack>
          <div>
            <Title order={3} size="h5" id="profile-password">
              Password
            </Title>
            <Text size="sm" c="dimmed">
              Changing it signs you out on your other devices; this one stays signed in.
            </Text>
          </div>
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            {...form.textInput('currentPassword')}
          />
          <PasswordInput
            label="New password"
            description="At least 10 characters; a few words make a good one."
            autoComplete="new-password"
            required
            {...form.textInput('newPassword')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={changePassword.isPending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
