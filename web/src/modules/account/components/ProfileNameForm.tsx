import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { useSession } from '../hooks/useSession';
import { useUpdateProfile } from '../hooks/useUpdateProfile';

export function ProfileNameForm() {
  const me = useSession();
  const updateProfile = useUpdateProfile();
  const form = useApiForm({ name: me.user.name });

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profile-name">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          updateProfile.mutate(form.values, {
            onSuccess: () => notifySuccess('Your name is saved.'),
            onError: (error) => form.showApiError(error),
          });
        }}
      >
        <Stack>
          <Title order={3} size="h5" id="profile-name">
            Your name
          </Title>
          <TextInput
            label="E-mail"
            value={me.user.email}
            readOnly
            variant="filled"
            description="Your sign-in address."
          />
          <TextInput label="Name" autoComplete="name" required {...form.textInput('name')} />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={updateProfile.isPending}
              disabled={form.values.name === me.user.name}
            >
              Save name
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
